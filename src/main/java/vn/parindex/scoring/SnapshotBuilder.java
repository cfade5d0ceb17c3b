package vn.parindex.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;
import vn.parindex.framework.cycle.CycleView;

/**
 * Turns computed results into the snapshot a publication freezes: per peer group its
 * figures, bands and units, each with its code and every leaf's final points.
 */
final class SnapshotBuilder {

	private SnapshotBuilder() {
	}

	static ResultsSnapshot build(ResultsAssembler.Assembled assembled, int seq, ResultsSnapshot.Decision decision,
			Instant now, @Nullable String reason) {
		Map<Long, OfficialPoints> finals = assembled.approved()
			.stream()
			.collect(Collectors.toMap(OfficialPoints::unitId, Function.identity()));
		List<Band> bands = assembled.bands();
		List<ResultsSnapshot.Group> groups = assembled.results()
			.groups()
			.stream()
			.map((figures) -> new ResultsSnapshot.Group(figures.peerGroupId(),
					assembled.groupNames().getOrDefault(figures.peerGroupId(), "#" + figures.peerGroupId()), figures,
					bands, units(assembled, figures.peerGroupId(), finals)))
			.toList();
		CycleView cycle = assembled.cycle();
		return new ResultsSnapshot(cycle.id(), cycle.year(), cycle.name(), seq, decision, now, reason, groups,
				assembled.surveys());
	}

	private static List<ResultsSnapshot.Unit> units(ResultsAssembler.Assembled assembled, long peerGroupId,
			Map<Long, OfficialPoints> finals) {
		return assembled.results()
			.units()
			.stream()
			.filter((unit) -> unit.peerGroupId() == peerGroupId)
			.map((unit) -> new ResultsSnapshot.Unit(code(assembled, unit.unitId()), unit,
					assembled.leaves(finals.get(unit.unitId()))))
			.toList();
	}

	private static String code(ResultsAssembler.Assembled assembled, long unitId) {
		CycleView.UnitEntry entry = assembled.units().get(unitId);
		return (entry != null) ? entry.code() : "#" + unitId;
	}

}
