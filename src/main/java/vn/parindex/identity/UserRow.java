package vn.parindex.identity;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Formats;
import vn.parindex.shared.Role;

/**
 * A user as listed on the admin screen and in the API.
 */
public record UserRow(long id, String username, String fullName, @Nullable String email, Role role,
		@Nullable Long unitId, @Nullable String unitCode, @Nullable String unitName, boolean active,
		boolean mustChangePassword, Instant createdAt) {

	/** The day the account was created, in the province's time zone. */
	public LocalDate createdOn() {
		return this.createdAt.atZone(Formats.ZONE).toLocalDate();
	}

}
