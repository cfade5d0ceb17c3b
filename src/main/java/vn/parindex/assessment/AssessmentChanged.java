package vn.parindex.assessment;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * Something in a unit's assessment changed: it was started, a leaf was saved, evidence
 * was attached or removed, or it was submitted or withdrawn. Before and after hold the
 * changed part; the subject is the assessment, with the leaf code inside the values.
 *
 * @param action START, SAVE_ENTRY, ATTACH_EVIDENCE, REMOVE_EVIDENCE, SUBMIT or WITHDRAW
 * @param assessmentId the assessment
 * @param before the old value, null when created
 * @param after the new value, null when removed
 */
public record AssessmentChanged(String action, long assessmentId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "assessment";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.assessmentId);
	}

}
