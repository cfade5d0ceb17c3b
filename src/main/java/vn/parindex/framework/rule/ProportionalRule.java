package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Points in proportion to a value: {@code value ÷ target × max}, or {@code value ÷ base ×
 * max} without a target, never above the maximum.
 *
 * @param metric what is measured
 * @param base the value that earns the maximum when there is no target, such as 100 for a
 * percentage
 * @param target the value that already earns the maximum, such as 80%
 */
public record ProportionalRule(@Nullable String metric, BigDecimal base, @Nullable BigDecimal target) implements Rule {

	public ProportionalRule {
		base = Num.of(base);
		target = (target != null) ? Num.of(target) : null;
	}

	@Override
	public RuleType type() {
		return RuleType.PROPORTIONAL;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		if (input.value() == null) {
			throw RuleInputException.missing(RuleInputKind.VALUE);
		}
		if (input.value().signum() < 0) {
			throw new RuleInputException("framework.rule.negative");
		}
		BigDecimal divisor = (this.target != null) ? this.target : this.base;
		BigDecimal share = input.value().divide(divisor, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
		return Num.points(share.multiply(max));
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (this.metric != null) {
			params.put("metric", this.metric);
		}
		params.put("base", this.base);
		if (this.target != null) {
			params.put("target", this.target);
		}
		return params;
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		List<RuleProblem> problems = new ArrayList<>();
		if (this.base.signum() <= 0) {
			problems.add(RuleProblem.of("framework.validation.not-positive", "base"));
		}
		if (this.target != null && this.target.signum() <= 0) {
			problems.add(RuleProblem.of("framework.validation.not-positive", "target"));
		}
		return problems;
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.VALUE);
	}

}
