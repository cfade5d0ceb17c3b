package vn.parindex.identity;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitRow;
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

	/** The same row naming its unit, as the organisation module knows it. */
	UserRow withUnit(@Nullable UnitRow unit) {
		return new UserRow(this.id, this.username, this.fullName, this.email, this.role, this.unitId,
				(unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null, this.active,
				this.mustChangePassword, this.createdAt);
	}

}
