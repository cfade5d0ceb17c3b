package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Start at the maximum and subtract {@code perEvent} for each occurrence, never below the
 * floor.
 *
 * @param event what counts as an occurrence, such as a late report
 * @param perEvent the points each occurrence costs
 * @param floor the lowest result, usually 0
 */
public record DeductionRule(@Nullable String event, BigDecimal perEvent, BigDecimal floor) implements Rule {

	public DeductionRule {
		perEvent = Num.of(perEvent);
		floor = Num.of(floor);
	}

	@Override
	public RuleType type() {
		return RuleType.DEDUCTION;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		BigDecimal points = max.subtract(this.perEvent.multiply(TieredRule.count(input)));
		return Num.points(points.max(this.floor));
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (this.event != null) {
			params.put("event", this.event);
		}
		params.put("per_event", this.perEvent);
		params.put("floor", this.floor);
		return params;
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		List<RuleProblem> problems = new ArrayList<>();
		if (this.perEvent.signum() <= 0) {
			problems.add(RuleProblem.of("framework.validation.not-positive", "per_event"));
		}
		if (this.floor.signum() < 0 || this.floor.compareTo(max) > 0) {
			problems.add(RuleProblem.of("framework.validation.floor-out-of-range", Num.of(this.floor), Num.of(max)));
		}
		return problems;
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.COUNT);
	}

}
