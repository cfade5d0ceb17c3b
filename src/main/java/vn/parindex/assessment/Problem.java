package vn.parindex.assessment;

/**
 * Something about one leaf that blocks submission, or that the leader should see first.
 *
 * @param code the leaf's code
 * @param name its Vietnamese name
 * @param kind what is wrong
 */
public record Problem(String code, String name, Kind kind) {

	/** What is wrong, as message key {@code assessment.problem.<kind>}. */
	public enum Kind {

		/** Not scored and not claimed N/A: blocks submission. */
		UNSCORED,
		/** Scored, evidence required, none attached: blocks submission. */
		EVIDENCE_MISSING,
		/** N/A claimed: the council will check the reason. */
		NA_CLAIMED,
		/** Scored below its maximum with no explanation. */
		NO_EXPLANATION;

		public boolean blocking() {
			return this == UNSCORED || this == EVIDENCE_MISSING;
		}

		public String messageKey() {
			return "assessment.problem." + name();
		}

	}

}
