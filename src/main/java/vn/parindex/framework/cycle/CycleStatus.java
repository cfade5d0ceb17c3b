package vn.parindex.framework.cycle;

/**
 * Where a period is in its life.
 */
public enum CycleStatus {

	/** Being prepared: frameworks and calendar can change. */
	DRAFT,
	/** Running: units are fixed, frameworks are locked, deadlines apply. */
	OPEN,
	/** Finished: nothing changes any more. */
	CLOSED

}
