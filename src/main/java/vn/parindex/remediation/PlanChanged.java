package vn.parindex.remediation;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A remediation plan was generated, edited, submitted or returned; before and after hold
 * the changed part (a line, the evidence, or the plan's summary).
 *
 * @param action what happened, such as {@code GENERATE}, {@code EDIT_ITEM} or
 * {@code SUBMIT}
 * @param planId the plan
 * @param before the changed part before, null when created
 * @param after the changed part after, null when deleted
 */
public record PlanChanged(String action, long planId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "remediation-plan";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.planId);
	}

}
