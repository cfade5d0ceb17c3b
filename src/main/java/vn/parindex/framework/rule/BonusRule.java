package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bonus points outside the 100: {@code perEvent} for each recognised item, up to the cap.
 */
public record BonusRule(BigDecimal perEvent, BigDecimal cap) implements Rule {

	public BonusRule {
		perEvent = Num.of(perEvent);
		cap = Num.of(cap);
	}

	@Override
	public RuleType type() {
		return RuleType.BONUS;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		return Num.points(this.perEvent.multiply(TieredRule.count(input)).min(this.cap));
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("per_event", this.perEvent);
		params.put("cap", this.cap);
		return params;
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		List<RuleProblem> problems = new ArrayList<>();
		if (this.perEvent.signum() <= 0) {
			problems.add(RuleProblem.of("framework.validation.not-positive", "per_event"));
		}
		if (this.cap.signum() <= 0) {
			problems.add(RuleProblem.of("framework.validation.not-positive", "cap"));
		}
		return problems;
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.COUNT);
	}

}
