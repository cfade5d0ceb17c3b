package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Done or not done: the maximum, or nothing.
 */
public record BinaryRule() implements Rule {

	@Override
	public RuleType type() {
		return RuleType.BINARY;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		if (input.met() == null) {
			throw RuleInputException.missing(RuleInputKind.MET);
		}
		return Num.points(input.met() ? max : BigDecimal.ZERO);
	}

	@Override
	public Map<String, Object> params() {
		return Map.of();
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		return List.of();
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.MET);
	}

}
