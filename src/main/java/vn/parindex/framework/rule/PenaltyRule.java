package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Penalty points outside the 100: the sum over the violations, never below the (negative)
 * cap.
 */
public record PenaltyRule(List<PenaltyEvent> events, BigDecimal cap) implements Rule {

	public PenaltyRule {
		events = List.copyOf(events);
		cap = Num.of(cap);
	}

	@Override
	public RuleType type() {
		return RuleType.PENALTY;
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<String, Integer> entry : input.events().entrySet()) {
			PenaltyEvent event = this.events.stream()
				.filter((candidate) -> candidate.code().equals(entry.getKey()))
				.findFirst()
				.orElseThrow(() -> new RuleInputException("framework.rule.event-unknown", entry.getKey()));
			int cases = entry.getValue();
			if (cases < 0) {
				throw new RuleInputException("framework.rule.negative");
			}
			if (cases > 0) {
				total = total
					.add(event.perCase() ? event.points().multiply(BigDecimal.valueOf(cases)) : event.points());
			}
		}
		return Num.points(total.max(this.cap));
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("events", this.events.stream().map(PenaltyEvent::params).toList());
		params.put("cap", this.cap);
		return params;
	}

	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		List<RuleProblem> problems = new ArrayList<>();
		if (this.events.isEmpty()) {
			problems.add(RuleProblem.of("framework.validation.events-empty"));
		}
		if (this.cap.signum() >= 0) {
			problems.add(RuleProblem.of("framework.validation.penalty-cap-not-negative"));
		}
		Set<String> codes = new HashSet<>();
		for (PenaltyEvent event : this.events) {
			if (event.points().signum() >= 0) {
				problems.add(RuleProblem.of("framework.validation.penalty-not-negative", event.code()));
			}
			if (!codes.add(event.code())) {
				problems.add(RuleProblem.of("framework.validation.event-duplicate", event.code()));
			}
		}
		return problems;
	}

	@Override
	public List<RuleInputKind> inputs() {
		return List.of(RuleInputKind.EVENTS);
	}

}
