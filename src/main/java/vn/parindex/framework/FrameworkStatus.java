package vn.parindex.framework;

/**
 * Whether a framework can still change.
 */
public enum FrameworkStatus {

	/** Being prepared: every part can be edited. */
	DRAFT,
	/** Used by an opened period: immutable; a change needs a new version. */
	IN_USE

}
