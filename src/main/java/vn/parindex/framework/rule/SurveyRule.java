package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The maximum times a survey index (0–100), which the survey module fills in.
 *
 * @param instrument the questionnaire, such as {@code SIPAS} or {@code phieu_02}
 * @param result how the index is read: {@code sipas_percent} or
 * {@code mean_option_weight}
 * @param optionWeights the weight of each option in %, for weighted forms
 */
public record SurveyRule(@Nullable String instrument, @Nullable String result,
		Map<String, BigDecimal> optionWeights) implements Rule {

	public SurveyRule {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		optionWeights.forEach((option, weight) -> weights.put(option, Num.of(weight)));
		optionWeights = java.util.Collections.unmodifiableMap(weights);
	}

	@Override
	public RuleType type() {
		return RuleType.SURVEY;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		BigDecimal index = input.surveyIndex();
		if (index == null) {
			throw RuleInputException.missing(RuleInputKind.SURVEY_INDEX);
		}
		if (index.signum() < 0 || index.compareTo(Num.HUNDRED) > 0) {
			throw new RuleInputException("framework.rule.index-out-of-range");
		}
		return Num.points(max.multiply(index).divide(Num.HUNDRED, 10, RoundingMode.HALF_UP));
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (this.instrument != null) {
			params.put("instrument", this.instrument);
		}
		if (this.result != null) {
			params.put("result", this.result);
		}
		if (!this.optionWeights.isEmpty()) {
			params.put("option_weights", new LinkedHashMap<>(this.optionWeights));
		}
		return params;
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		return this.optionWeights.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().signum() < 0 || entry.getValue().compareTo(Num.HUNDRED) > 0)
			.map((entry) -> RuleProblem.of("framework.validation.weight-out-of-range", entry.getKey()))
			.toList();
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.SURVEY_INDEX);
	}

}
