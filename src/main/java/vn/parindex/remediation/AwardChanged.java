package vn.parindex.remediation;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * An award rule, proposal or list changed: added, edited, moved, deleted, generated,
 * confirmed, removed or published.
 *
 * @param action what happened, such as {@code ADD} or {@code CONFIRM}
 * @param subjectType {@code award-rule}, {@code award-proposal} or {@code award-list}
 * @param subjectId the rule's or proposal's id, or the period's for the list
 * @param before the state before, null when created
 * @param after the state after, null when deleted
 */
public record AwardChanged(String action, String subjectType, String subjectId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	static AwardChanged rule(String action, long ruleId, @Nullable Object before, @Nullable Object after) {
		return new AwardChanged(action, "award-rule", Long.toString(ruleId), before, after);
	}

	static AwardChanged proposal(String action, long proposalId, @Nullable Object before, @Nullable Object after) {
		return new AwardChanged(action, "award-proposal", Long.toString(proposalId), before, after);
	}

	static AwardChanged list(String action, long cycleId, @Nullable Object before, @Nullable Object after) {
		return new AwardChanged(action, "award-list", Long.toString(cycleId), before, after);
	}

}
