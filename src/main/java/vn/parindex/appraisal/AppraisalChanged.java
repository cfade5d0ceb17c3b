package vn.parindex.appraisal;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * Something in the appraisal of a unit's assessment changed: an assignment, a leaf's
 * points in a round, a flag, an explanation answer, a field marked done, a round closed,
 * the results approved, returned or unlocked. The subject is the assessment (or the
 * period for assignments), with the leaf code inside the values.
 *
 * @param action what happened, such as SCORE_ROUND_1 or APPROVE
 * @param subjectType {@code assessment} or {@code cycle}
 * @param subjectId the assessment's or the period's id
 * @param before the old value, null when created
 * @param after the new value, null when removed
 */
public record AppraisalChanged(String action, String subjectType, String subjectId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	static AppraisalChanged ofAssessment(String action, long assessmentId, @Nullable Object before,
			@Nullable Object after) {
		return new AppraisalChanged(action, "assessment", Long.toString(assessmentId), before, after);
	}

}
