package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.framework.Band;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.survey.SurveyFeed;
import vn.parindex.survey.SurveyFeed.PeriodSurvey;

/**
 * Gathers what the computation needs from the other modules: the official points (the
 * council's approved ones, or those imported for a period not appraised here), the
 * frameworks, the units' names and whether they are ranked; then computes.
 */
@Component
class ResultsAssembler {

	private final AppraisalResults appraisals;

	private final FrameworkManagement frameworks;

	private final PreviousYear previous;

	private final ImportedScores imported;

	private final SurveyFeed surveys;

	ResultsAssembler(AppraisalResults appraisals, FrameworkManagement frameworks, PreviousYear previous,
			ImportedScores imported, SurveyFeed surveys) {
		this.appraisals = appraisals;
		this.frameworks = frameworks;
		this.previous = previous;
		this.imported = imported;
		this.surveys = surveys;
	}

	/**
	 * The official points of the period: the imported ones when an import exists, else
	 * the council's approved ones with the SURVEY leaves fed from the period's surveys.
	 */
	List<OfficialPoints> official(long cycleId) {
		return official(cycleId, this.surveys.period(cycleId), new HashMap<>());
	}

	private List<OfficialPoints> official(long cycleId, List<PeriodSurvey> surveys,
			Map<Long, FrameworkDefinition> definitions) {
		List<OfficialPoints> approved = approved(cycleId);
		if (approved.isEmpty() || approved.get(0).imported()) {
			return approved;
		}
		return approved.stream()
			.map((finals) -> SurveyLeaves.fill(finals,
					definitions.computeIfAbsent(finals.frameworkId(), this.frameworks::definition), surveys))
			.toList();
	}

	private List<OfficialPoints> approved(long cycleId) {
		List<OfficialPoints> imported = this.imported.finals(cycleId);
		if (!imported.isEmpty()) {
			return imported;
		}
		return this.appraisals.approved(cycleId).stream().map((finals) -> {
			Map<String, LeafFinal> leaves = new HashMap<>();
			finals.leaves()
				.forEach((code, leaf) -> leaves.put(code, new LeafFinal(leaf.points(), leaf.notApplicable())));
			return new OfficialPoints(finals.assessmentId(), finals.unitId(), finals.peerGroupId(),
					finals.frameworkId(), leaves);
		}).toList();
	}

	Assembled assemble(CycleView cycle) {
		Map<Long, CycleView.UnitEntry> units = new HashMap<>();
		Map<Long, String> groups = new LinkedHashMap<>();
		List<CycleView.UnitGroup> unitGroups = (cycle.unitGroups() != null) ? cycle.unitGroups() : List.of();
		for (CycleView.UnitGroup group : unitGroups) {
			groups.put(group.peerGroupId(), group.nameVi());
			group.units().forEach((unit) -> units.put(unit.id(), unit));
		}
		Map<Long, FrameworkDefinition> definitions = new HashMap<>();
		List<UnitScores> scores = new ArrayList<>();
		List<PeriodSurvey> surveys = this.surveys.period(cycle.id());
		List<OfficialPoints> approved = official(cycle.id(), surveys, definitions);
		for (OfficialPoints finals : approved) {
			FrameworkDefinition framework = definitions.computeIfAbsent(finals.frameworkId(),
					this.frameworks::definition);
			scores.add(scores(finals, units.get(finals.unitId()), framework));
		}
		PreviousYear.Found found = this.previous.find(cycle.year(), scores.stream().map(UnitScores::unitId).toList());
		PeriodResults results = new ResultCalculator().compute(scores, found.results(), found.notComparable());
		Map<Long, List<String>> missing = new HashMap<>();
		approved.forEach((finals) -> {
			List<String> codes = SurveyLeaves.missing(finals, definitions.get(finals.frameworkId()), surveys);
			if (!codes.isEmpty()) {
				missing.put(finals.unitId(), codes);
			}
		});
		return new Assembled(cycle, groups, units, definitions, approved, results,
				SurveyRanking.build(surveys, cycle, found), missing);
	}

	private static UnitScores scores(OfficialPoints finals, CycleView.@Nullable UnitEntry unit,
			FrameworkDefinition framework) {
		String name = (unit != null) ? unit.name() : "#" + finals.unitId();
		return new UnitScores(finals.unitId(), name, finals.peerGroupId(), unit == null || unit.ranked(), framework,
				finals.leaves());
	}

	/**
	 * The period, its units and frameworks, and the computed results.
	 *
	 * @param cycle the period
	 * @param groupNames peer group id to name, in the period's order
	 * @param units the period's units by id
	 * @param frameworks the frameworks by id
	 * @param approved the official points per unit
	 * @param results the computed results
	 * @param surveys the period's survey indexes ranked per group
	 * @param surveyGaps per unit, its SURVEY leaves without a survey figure
	 */
	record Assembled(CycleView cycle, Map<Long, String> groupNames, Map<Long, CycleView.UnitEntry> units,
			Map<Long, FrameworkDefinition> frameworks, List<OfficialPoints> approved, PeriodResults results,
			List<ResultsSnapshot.Survey> surveys, Map<Long, List<String>> surveyGaps) {

		/** The frameworks' bands, one per code, best first. */
		List<Band> bands() {
			Map<String, Band> bands = new LinkedHashMap<>();
			this.frameworks.values()
				.forEach((definition) -> definition.bands().forEach((band) -> bands.putIfAbsent(band.code(), band)));
			return bands.values().stream().sorted(java.util.Comparator.comparing(Band::lower).reversed()).toList();
		}

		Map<String, String> bandLabels() {
			Map<String, String> bands = new LinkedHashMap<>();
			this.frameworks.values()
				.forEach((definition) -> definition.bands().forEach((band) -> bands.put(band.code(), band.labelVi())));
			return bands;
		}

		/** The final points of every leaf of the unit, in tree order. */
		List<ResultsSnapshot.Leaf> leaves(OfficialPoints finals) {
			FrameworkDefinition framework = this.frameworks.get(finals.frameworkId());
			List<ResultsSnapshot.Leaf> leaves = new ArrayList<>();
			for (NodeDefinition leaf : framework.leaves()) {
				LeafFinal value = finals.leaves().get(leaf.code());
				if (value != null) {
					leaves.add(new ResultsSnapshot.Leaf(leaf.code(), leaf.nameVi(), leaf.maxPoints(), value.points(),
							value.notApplicable()));
				}
			}
			return leaves;
		}

	}

}
