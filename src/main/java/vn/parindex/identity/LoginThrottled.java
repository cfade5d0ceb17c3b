package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A sign-in was refused unchecked because the account or the address spent its budget of
 * failures.
 */
public record LoginThrottled(String username, String address) implements AuditableEvent {

	@Override
	public String action() {
		return "LOGIN_THROTTLED";
	}

	@Override
	public String subjectType() {
		return "user";
	}

	@Override
	public String subjectId() {
		return this.username;
	}

	@Override
	public @Nullable Object before() {
		return null;
	}

	@Override
	public Object after() {
		return java.util.Map.of("username", this.username, "address", this.address);
	}

}
