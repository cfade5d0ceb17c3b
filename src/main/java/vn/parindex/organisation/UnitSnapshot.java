package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit's state as written to the audit log.
 */
public record UnitSnapshot(String code, String name, String shortName, UnitType type, long peerGroupId, long provinceId,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, List<LineageLink> lineage) {
}
