package vn.parindex.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.shared.NotFoundException;

/**
 * A peer group rebuilt from a publication's frozen leaves, to be recomputed with the
 * calculator's own parts: every unit's leaf points and N/A marks as published, ranked
 * unless its published rank is empty, scored with the group's framework.
 */
final class SimulatedGroup {

	final FrameworkPlan plan;

	final List<UnitScores> units;

	final List<UnitTally> tallies;

	final Ranking ranking;

	private final Map<Long, String> codes;

	SimulatedGroup(FrameworkPlan plan, List<UnitScores> units, Map<Long, String> codes) {
		this.plan = plan;
		this.units = List.copyOf(units);
		this.tallies = this.units.stream().map((unit) -> UnitTally.of(unit, plan)).toList();
		this.ranking = Ranking.of(this.tallies);
		this.codes = Map.copyOf(codes);
	}

	static SimulatedGroup of(ResultsSnapshot.Group group, FrameworkDefinition framework) {
		Map<Long, String> codes = new HashMap<>();
		List<UnitScores> units = group.units().stream().map((unit) -> {
			UnitResult result = unit.result();
			codes.put(result.unitId(), unit.code());
			Map<String, LeafFinal> leaves = new HashMap<>();
			unit.leaves()
				.forEach((leaf) -> leaves.put(leaf.code(), new LeafFinal(leaf.points(), leaf.notApplicable())));
			return new UnitScores(result.unitId(), result.unitName(), group.peerGroupId(), result.rank() != null,
					framework, leaves);
		}).toList();
		return new SimulatedGroup(FrameworkPlan.of(framework), units, codes);
	}

	UnitTally tally(long unitId) {
		return this.tallies.stream()
			.filter((tally) -> tally.unit().unitId() == unitId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unit", unitId));
	}

	String code(long unitId) {
		return this.codes.getOrDefault(unitId, "#" + unitId);
	}

	GapStanding standing(long unitId) {
		return GapStanding.of(code(unitId), tally(unitId), this.ranking);
	}

	/** The same group with one unit's scores replaced. */
	SimulatedGroup with(UnitScores replaced) {
		List<UnitScores> changed = this.units.stream()
			.map((unit) -> (unit.unitId() == replaced.unitId()) ? replaced : unit)
			.toList();
		return new SimulatedGroup(this.plan, changed, this.codes);
	}

	Gaps.Peer peer(UnitTally tally) {
		UnitScores unit = tally.unit();
		return new Gaps.Peer(unit.unitId(), code(unit.unitId()), unit.unitName(), tally.percent(),
				this.ranking.rank(tally));
	}

}
