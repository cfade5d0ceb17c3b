package vn.parindex.framework;

/**
 * What other modules need to know of a framework: identity, scope, state and usability.
 *
 * @param id its id
 * @param year the evaluated year
 * @param unitTypes the unit types as a key, such as {@code WARD,COMMUNE}
 * @param versionNo its version
 * @param nameVi its title
 * @param status draft or in use
 * @param valid whether validation finds no fault
 */
public record FrameworkSummary(long id, int year, String unitTypes, int versionNo, String nameVi,
		FrameworkStatus status, boolean valid) {
}
