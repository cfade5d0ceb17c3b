package vn.parindex.assessment;

/**
 * Where a unit's assessment stands. Only a draft can be edited; a submitted one can be
 * withdrawn by its leader until appraisal starts.
 */
public enum AssessmentStatus {

	/** Being filled in by the unit (đang tự chấm). */
	DRAFT,
	/** Submitted by the unit's leader (đã chốt điểm tự chấm); locked. */
	SUBMITTED,
	/** The council has started appraising it; the unit can no longer withdraw. */
	IN_APPRAISAL

}
