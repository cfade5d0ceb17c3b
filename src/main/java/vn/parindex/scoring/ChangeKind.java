package vn.parindex.scoring;

/**
 * Whether a unit's year-over-year change can be shown.
 */
public enum ChangeKind {

	/** The unit has a 1:1 predecessor with a result: the change is a number. */
	COMPARED,
	/**
	 * The unit was merged or split (no 1:1 predecessor): "không so sánh được", never a
	 * number.
	 */
	NOT_COMPARABLE,
	/** The unit has no result for the previous year: also shown as not comparable. */
	NO_PREVIOUS

}
