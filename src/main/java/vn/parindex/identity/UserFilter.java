package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Role;

/**
 * Filters of the user list; every field is optional.
 */
public record UserFilter(@Nullable Role role, @Nullable Long unitId, @Nullable Boolean active, @Nullable String q) {

	public static UserFilter all() {
		return new UserFilter(null, null, null, null);
	}

}
