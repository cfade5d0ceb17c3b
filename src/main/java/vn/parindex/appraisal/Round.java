package vn.parindex.appraisal;

/**
 * Which appraisal round a unit's assessment is in, for the appraisers.
 */
public enum Round {

	/** Thẩm định lần 1: every leaf. */
	ROUND_1,
	/**
	 * Thẩm định lần 2: the flagged leaves, or every leaf when the council returned the
	 * unit.
	 */
	ROUND_2,
	/**
	 * Nothing to appraise now: before submission, during the explanation window, or
	 * decided.
	 */
	NONE

}
