package vn.parindex.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A period's results: one row per unit, by peer group and rank (unranked units last in
 * their group), and the figures of each peer group.
 *
 * @param units the units' results
 * @param groups the peer groups' figures, by peer group id
 */
public record PeriodResults(List<UnitResult> units, List<GroupFigures> groups) {

	public PeriodResults {
		units = List.copyOf(units);
		groups = List.copyOf(groups);
	}

	public Optional<UnitResult> unit(long unitId) {
		return this.units.stream().filter((unit) -> unit.unitId() == unitId).findFirst();
	}

	public Optional<GroupFigures> group(long peerGroupId) {
		return this.groups.stream().filter((group) -> group.peerGroupId() == peerGroupId).findFirst();
	}

}
