package vn.parindex.organisation;

import java.util.List;

/**
 * A unit with its lineage in both directions and its sub-units.
 *
 * @param unit the unit itself
 * @param version the optimistic-lock version edit forms send back
 * @param predecessors the units it succeeds, with the relation
 * @param successors the units that succeed it
 * @param subUnits its phòng and ban
 */
public record UnitView(UnitRow unit, long version, List<LineageRow> predecessors, List<LineageRow> successors,
		List<SubUnitRow> subUnits) {

	/** One end of a lineage edge, named for display. */
	public record LineageRow(long unitId, String code, String name, LineageRelation relation,
			java.time.LocalDate effective, boolean inferred) {
	}

	/** A sub-unit as listed. */
	public record SubUnitRow(long id, String code, String name, boolean active) {
	}

}
