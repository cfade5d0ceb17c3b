package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a unit, checked by the facade before they reach the aggregate.
 */
record UnitDetails(String name, String shortName, UnitType type, long peerGroupId, long provinceId,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
