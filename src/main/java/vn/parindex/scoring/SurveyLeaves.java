package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.framework.rule.SurveyRule;
import vn.parindex.survey.SurveyFeed.PeriodSurvey;

/**
 * Feeds the survey results into the PAR score: each SURVEY leaf of an appraised unit gets
 * max × index ÷ 100 from the unit's campaign of the period for the leaf's instrument (its
 * overall index, or the mean option weight for {@code mean_option_weight}). A leaf
 * without a campaign or without answers gets nothing and keeps its maximum, and the
 * results page lists it. Imported periods keep their imported survey points.
 */
final class SurveyLeaves {

	private SurveyLeaves() {
	}

	static OfficialPoints fill(OfficialPoints finals, FrameworkDefinition framework, List<PeriodSurvey> surveys) {
		if (finals.imported()) {
			return finals;
		}
		Map<String, LeafFinal> leaves = new HashMap<>(finals.leaves());
		for (NodeDefinition leaf : framework.leaves()) {
			if (leaf.source() == Source.SURVEY && leaf.rule() instanceof SurveyRule rule
					&& !leaves.containsKey(leaf.code()) && leaf.maxPoints() != null) {
				value(finals.unitId(), rule, surveys).ifPresent((index) -> leaves.put(leaf.code(),
						new LeafFinal(rule.points(leaf.maxPoints(), RuleInput.survey(index)), false)));
			}
		}
		return new OfficialPoints(finals.assessmentId(), finals.unitId(), finals.peerGroupId(), finals.frameworkId(),
				leaves);
	}

	/** The SURVEY leaves of the unit that have no survey figure. */
	static List<String> missing(OfficialPoints finals, FrameworkDefinition framework, List<PeriodSurvey> surveys) {
		if (finals.imported()) {
			return List.of();
		}
		return framework.leaves()
			.stream()
			.filter((leaf) -> leaf.source() == Source.SURVEY && leaf.rule() instanceof SurveyRule rule
					&& value(finals.unitId(), rule, surveys).isEmpty())
			.map(NodeDefinition::code)
			.toList();
	}

	private static Optional<BigDecimal> value(long unitId, SurveyRule rule, List<PeriodSurvey> surveys) {
		String instrument = rule.instrument();
		if (instrument == null) {
			return Optional.empty();
		}
		return surveys.stream()
			.filter((survey) -> survey.unitId() == unitId && survey.answers(instrument))
			.map((survey) -> survey.results().value(rule.result()))
			.filter(Objects::nonNull)
			.findFirst();
	}

}
