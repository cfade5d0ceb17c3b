package vn.parindex.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.UnitFinals;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * A period's results computed from the council's approved scores, never stored by hand:
 * points, %, fields, bonus and penalty, rank in the peer group, band, lost points and the
 * group figures. ADMIN and VIEWER see them before publication.
 */
@Service
@Transactional(readOnly = true)
public class ScoringManagement {

	private final AppraisalResults appraisals;

	private final FrameworkManagement frameworks;

	private final CycleManagement cycles;

	private final CurrentActor actor;

	ScoringManagement(AppraisalResults appraisals, FrameworkManagement frameworks, CycleManagement cycles,
			CurrentActor actor) {
		this.appraisals = appraisals;
		this.frameworks = frameworks;
		this.cycles = cycles;
		this.actor = actor;
	}

	/** The results of the period's approved units, computed now; ADMIN and VIEWER. */
	public ResultsPreview preview(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		CycleView cycle = this.cycles.view(cycleId);
		Map<Long, CycleView.UnitEntry> units = new HashMap<>();
		Map<Long, String> groups = new HashMap<>();
		for (CycleView.UnitGroup group : (cycle.unitGroups() != null) ? cycle.unitGroups()
				: List.<CycleView.UnitGroup>of()) {
			groups.put(group.peerGroupId(), group.nameVi());
			group.units().forEach((unit) -> units.put(unit.id(), unit));
		}
		Map<Long, FrameworkDefinition> definitions = new HashMap<>();
		List<UnitScores> scores = this.appraisals.approved(cycleId)
			.stream()
			.map((finals) -> scores(finals, units.get(finals.unitId()),
					definitions.computeIfAbsent(finals.frameworkId(), this.frameworks::definition)))
			.toList();
		PeriodResults results = new ResultCalculator().compute(scores, Map.of(), Set.of());
		Map<String, String> bands = new HashMap<>();
		definitions.values()
			.forEach((definition) -> definition.bands().forEach((band) -> bands.put(band.code(), band.labelVi())));
		return new ResultsPreview(cycleId, cycle.name(), cycle.year(), groups, bands, results);
	}

	private static UnitScores scores(UnitFinals finals, CycleView.UnitEntry unit, FrameworkDefinition framework) {
		Map<String, LeafFinal> leaves = new HashMap<>();
		finals.leaves().forEach((code, leaf) -> leaves.put(code, new LeafFinal(leaf.points(), leaf.notApplicable())));
		String name = (unit != null) ? unit.name() : "#" + finals.unitId();
		boolean ranked = unit == null || unit.ranked();
		return new UnitScores(finals.unitId(), name, finals.peerGroupId(), ranked, framework, leaves);
	}

}
