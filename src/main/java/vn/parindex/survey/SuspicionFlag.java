package vn.parindex.survey;

/**
 * Why a web or kiosk response was held for review instead of counted (see
 * {@link SuspicionCheck}).
 */
public enum SuspicionFlag {

	/**
	 * Sent sooner after the form was shown than a person reads it, or without a good
	 * stamp.
	 */
	FAST,
	/** The same level to every scale question of a long questionnaire. */
	STRAIGHT,
	/** The same answers sent again and again from one device within a short time. */
	BURST

}
