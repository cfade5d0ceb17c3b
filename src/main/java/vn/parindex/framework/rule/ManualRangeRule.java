package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Points chosen by hand from 0 to the maximum, in steps such as 0.25 or 0.5.
 */
public record ManualRangeRule(BigDecimal step) implements Rule {

	public ManualRangeRule {
		step = Num.of(step);
	}

	@Override
	public RuleType type() {
		return RuleType.MANUAL_RANGE;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		BigDecimal points = input.points();
		if (points == null) {
			throw RuleInputException.missing(RuleInputKind.POINTS);
		}
		if (points.signum() < 0 || points.compareTo(max) > 0) {
			throw new RuleInputException("framework.rule.out-of-range", Num.of(max));
		}
		if (points.remainder(this.step).signum() != 0) {
			throw new RuleInputException("framework.rule.not-a-step", Num.of(this.step));
		}
		return Num.points(points);
	}

	/** The points a unit may choose: 0, step, 2 × step … max. */
	public List<BigDecimal> choices(BigDecimal max) {
		List<BigDecimal> choices = new ArrayList<>();
		if (this.step.signum() <= 0) {
			return choices;
		}
		for (BigDecimal value = BigDecimal.ZERO; value.compareTo(max) <= 0; value = value.add(this.step)) {
			choices.add(Num.points(value));
		}
		return choices;
	}

	@Override
	public Map<String, Object> params() {
		return Map.of("step", this.step);
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		if (this.step.signum() <= 0) {
			return List.of(RuleProblem.of("framework.validation.not-positive", "step"));
		}
		if (max.remainder(this.step).signum() != 0) {
			return List.of(RuleProblem.of("framework.validation.step-not-dividing", Num.of(this.step), Num.of(max)));
		}
		return List.of();
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.POINTS);
	}

}
