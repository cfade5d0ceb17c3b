package vn.parindex.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit's assessment stands, from the unit's draft to the council's approval. Only
 * a draft can be edited; a submitted one can be withdrawn by its leader until appraisal
 * starts. The moves allowed are listed here and guarded again by a database trigger.
 */
public enum AssessmentStatus {

	/** Being filled in by the unit (đang tự chấm). */
	DRAFT,
	/** Submitted by the unit's leader (đã chốt điểm tự chấm); locked. */
	SUBMITTED,
	/** The council has started appraising it; the unit can no longer withdraw. */
	IN_APPRAISAL,
	/** Round 1 closed with leaves flagged for explanation (yêu cầu giải trình). */
	EXPLANATION_REQUESTED,
	/** The unit's leader locked its explanation (đã chốt giải trình). */
	EXPLAINED,
	/** Round 2 closed (đã thẩm định lần 2). */
	REAPPRAISED,
	/**
	 * The council chair returned the unit to round 2, or unlocked its approved scores.
	 */
	RETURNED,
	/** The council approved the results; the scores are locked. */
	APPROVED;

	/** Whether the move from this state to {@code next} is allowed. */
	public boolean canMoveTo(AssessmentStatus next) {
		return next(this).contains(next);
	}

	/**
	 * Whether the appraisal has started: the unit can no longer change or withdraw it.
	 */
	public boolean inAppraisal() {
		return this != DRAFT && this != SUBMITTED;
	}

	private static Set<AssessmentStatus> next(AssessmentStatus from) {
		return switch (from) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(DRAFT, IN_APPRAISAL);
			case IN_APPRAISAL -> EnumSet.of(EXPLANATION_REQUESTED, APPROVED, RETURNED);
			case EXPLANATION_REQUESTED -> EnumSet.of(EXPLAINED, REAPPRAISED);
			case EXPLAINED -> EnumSet.of(REAPPRAISED);
			case REAPPRAISED -> EnumSet.of(APPROVED, RETURNED);
			case RETURNED -> EnumSet.of(REAPPRAISED);
			case APPROVED -> EnumSet.of(RETURNED);
		};
	}

}
