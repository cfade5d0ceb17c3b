package vn.parindex.organisation;

/**
 * A sub-unit's state as written to the audit log.
 */
public record SubUnitSnapshot(long unitId, String code, String name, boolean active) {
}
