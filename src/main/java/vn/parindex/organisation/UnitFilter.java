package vn.parindex.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the unit list; every field is optional.
 *
 * @param type the unit type
 * @param peerGroupId the peer group
 * @param year units that existed on some day of this year
 * @param q part of the code, name or short name
 */
public record UnitFilter(@Nullable UnitType type, @Nullable Long peerGroupId, @Nullable Integer year,
		@Nullable String q) {

	public static UnitFilter all() {
		return new UnitFilter(null, null, null, null);
	}

}
