package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Role;

/**
 * A user's state as written to the audit log; the password hash is left out on purpose.
 */
public record UserSnapshot(String username, String fullName, @Nullable String email, Role role, @Nullable Long unitId,
		boolean active, boolean mustChangePassword) {
}
