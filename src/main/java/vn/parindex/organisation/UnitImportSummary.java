package vn.parindex.organisation;

/**
 * What an applied unit import changed.
 *
 * @param created units new to the system
 * @param updated stored units whose values the file replaced
 * @param lineages units whose predecessors the file replaced
 */
public record UnitImportSummary(int created, int updated, int lineages) {
}
