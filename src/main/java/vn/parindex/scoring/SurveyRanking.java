package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.cycle.CycleView;
import vn.parindex.survey.CampaignResults;
import vn.parindex.survey.SurveyFeed.PeriodSurvey;

/**
 * The survey part of a publication: per instrument family (SIPAS, each sociological
 * form), the units of each peer group ranked by their index with competition ranking (1,
 * 2, 2, 4), the group's mean, and each unit's change from last year's published index
 * (the unit itself or its renamed predecessor; none for mergers and splits).
 */
final class SurveyRanking {

	private SurveyRanking() {
	}

	static List<ResultsSnapshot.Survey> build(List<PeriodSurvey> surveys, CycleView cycle,
			PreviousYear.Found previous) {
		Map<String, List<PeriodSurvey>> families = new LinkedHashMap<>();
		surveys.stream()
			.sorted(Comparator.comparing(PeriodSurvey::questionnaireCode))
			.forEach((survey) -> families.computeIfAbsent(survey.family(), (key) -> new ArrayList<>()).add(survey));
		List<ResultsSnapshot.Survey> built = new ArrayList<>();
		families.forEach((family, members) -> {
			boolean weighted = members.stream().noneMatch((survey) -> survey.results().hasScale());
			List<ResultsSnapshot.SurveyGroup> groups = new ArrayList<>();
			for (CycleView.UnitGroup group : (cycle.unitGroups() != null) ? cycle.unitGroups()
					: List.<CycleView.UnitGroup>of()) {
				List<ResultsSnapshot.SurveyUnit> units = units(group, members, family, previous);
				if (!units.isEmpty()) {
					groups.add(new ResultsSnapshot.SurveyGroup(group.peerGroupId(), group.nameVi(), average(units),
							units));
				}
			}
			built.add(new ResultsSnapshot.Survey(family, members.get(0).questionnaireName(), weighted, groups));
		});
		return built;
	}

	private static List<ResultsSnapshot.SurveyUnit> units(CycleView.UnitGroup group, List<PeriodSurvey> members,
			String family, PreviousYear.Found previous) {
		List<ResultsSnapshot.SurveyUnit> units = new ArrayList<>();
		for (CycleView.UnitEntry entry : group.units()) {
			members.stream()
				.filter((survey) -> survey.unitId() == entry.id())
				.findFirst()
				.ifPresent(
						(survey) -> units.add(unit(entry, survey.results(), previous.surveyIndex(family, entry.id()))));
		}
		units.sort(Comparator.comparing(ResultsSnapshot.SurveyUnit::index,
				Comparator.nullsLast(Comparator.reverseOrder())));
		return ranked(units);
	}

	private static ResultsSnapshot.SurveyUnit unit(CycleView.UnitEntry entry, CampaignResults results,
			Optional<BigDecimal> last) {
		BigDecimal index = results.index();
		boolean scale = results.hasScale();
		List<ResultsSnapshot.SurveyFactor> factors = results.factors()
			.stream()
			.filter((factor) -> factor.index().answers() > 0)
			.map((factor) -> new ResultsSnapshot.SurveyFactor(factor.code(), factor.name(), factor.index().value(),
					factor.index().low(), factor.index().high(), factor.index().answers()))
			.toList();
		BigDecimal change = (index != null) ? last.map(index::subtract).orElse(null) : null;
		return new ResultsSnapshot.SurveyUnit(entry.id(), entry.code(), entry.name(), null, index,
				scale ? results.overall().low() : null, scale ? results.overall().high() : null, results.responses(),
				results.sample(), scale ? results.distribution().satisfied() : null,
				scale ? results.distribution().neutral() : null, scale ? results.distribution().dissatisfied() : null,
				change, factors);
	}

	/** Competition ranking of the units with an index, in the order given. */
	private static List<ResultsSnapshot.SurveyUnit> ranked(List<ResultsSnapshot.SurveyUnit> sorted) {
		List<ResultsSnapshot.SurveyUnit> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			ResultsSnapshot.SurveyUnit unit = sorted.get(i);
			Integer rank = null;
			if (unit.index() != null) {
				boolean tie = i > 0 && unit.index().compareTo(Objects.requireNonNull(sorted.get(i - 1).index())) == 0;
				rank = tie ? ranked.get(i - 1).rank() : Integer.valueOf(i + 1);
			}
			ranked.add(new ResultsSnapshot.SurveyUnit(unit.unitId(), unit.code(), unit.name(), rank, unit.index(),
					unit.low(), unit.high(), unit.responses(), unit.sample(), unit.satisfied(), unit.neutral(),
					unit.dissatisfied(), unit.change(), unit.factors()));
		}
		return ranked;
	}

	private static @Nullable BigDecimal average(List<ResultsSnapshot.SurveyUnit> units) {
		List<BigDecimal> indexes = units.stream()
			.map(ResultsSnapshot.SurveyUnit::index)
			.filter(Objects::nonNull)
			.toList();
		if (indexes.isEmpty()) {
			return null;
		}
		return indexes.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(indexes.size()), 2, RoundingMode.HALF_UP);
	}

}
