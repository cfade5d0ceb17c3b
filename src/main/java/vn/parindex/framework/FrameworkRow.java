package vn.parindex.framework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A framework as listed.
 *
 * @param id its id
 * @param year the evaluated year
 * @param unitTypes the unit types as a key, such as {@code WARD,COMMUNE}
 * @param versionNo its version within the year and unit types
 * @param nameVi its title
 * @param status draft or in use
 * @param lockedReason why it is in use
 * @param leaves the number of scored leaves
 * @param clonedFromId the framework it was cloned from
 * @param createdAt when it was created
 */
public record FrameworkRow(long id, int year, String unitTypes, int versionNo, String nameVi, FrameworkStatus status,
		@Nullable String lockedReason, int leaves, @Nullable Long clonedFromId, Instant createdAt) {

	public java.util.List<String> unitTypeList() {
		return java.util.List.of(this.unitTypes.split(","));
	}

}
