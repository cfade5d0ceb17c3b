package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Role;

/**
 * The signed-in user as {@code GET /api/v1/me} shows it.
 *
 * @param unitId the user's unit, null for ADMIN and VIEWER
 * @param unitCode the unit's code
 * @param unitName the unit's full name
 */
public record MyAccount(String username, String fullName, Role role, @Nullable Long unitId, @Nullable String unitCode,
		@Nullable String unitName) {
}
