package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A user was created, edited, deactivated, reactivated or had their password reset or
 * changed.
 */
public record UserChanged(String action, long userId, @Nullable UserSnapshot before,
		UserSnapshot after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "user";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.userId);
	}

}
