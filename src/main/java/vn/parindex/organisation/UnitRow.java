package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as listed on screens and in the API.
 */
public record UnitRow(long id, String code, String name, String shortName, UnitType type, long peerGroupId,
		String peerGroupCode, String peerGroupName, long provinceId, String provinceCode, String provinceName,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
