package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads a rule from its parameters as the YAML format and the database write them. A
 * missing or malformed parameter, or one the rule does not know, is refused with its
 * name.
 */
final class RuleParams {

	private static final Map<RuleType, Set<String>> KNOWN = Map.of(RuleType.BINARY, Set.of(), RuleType.TIERED_RATIO,
			Set.of("metric", "tiers", "else_points"), RuleType.COUNT_TIERS, Set.of("metric", "tiers", "else_points"),
			RuleType.PROPORTIONAL, Set.of("metric", "base", "target"), RuleType.MANUAL_RANGE, Set.of("step"),
			RuleType.DEDUCTION, Set.of("event", "start_points", "per_event", "floor"), RuleType.SURVEY,
			Set.of("instrument", "result", "option_weights"), RuleType.BONUS, Set.of("per_event", "cap"),
			RuleType.PENALTY, Set.of("events", "cap"));

	private final Map<String, ?> params;

	private RuleParams(Map<String, ?> params) {
		this.params = params;
	}

	static Rule read(RuleType type, Map<String, ?> params) {
		for (String key : params.keySet()) {
			if (!KNOWN.get(type).contains(key)) {
				throw new RuleParamsException("framework.params.unknown", key, type.code());
			}
		}
		RuleParams p = new RuleParams(params);
		return switch (type) {
			case BINARY -> new BinaryRule();
			case TIERED_RATIO, COUNT_TIERS ->
				new TieredRule(type, p.text("metric"), p.tiers(), p.decimalOr("else_points", BigDecimal.ZERO));
			case PROPORTIONAL ->
				new ProportionalRule(p.text("metric"), p.decimalOr("base", Num.HUNDRED), p.optionalDecimal("target"));
			case MANUAL_RANGE -> new ManualRangeRule(p.decimal("step"));
			case DEDUCTION ->
				new DeductionRule(p.text("event"), p.decimal("per_event"), p.decimalOr("floor", BigDecimal.ZERO));
			case SURVEY -> new SurveyRule(p.text("instrument"), p.text("result"), p.weights());
			case BONUS -> new BonusRule(p.decimal("per_event"), p.decimal("cap"));
			case PENALTY -> new PenaltyRule(p.events(), p.decimal("cap"));
		};
	}

	private @Nullable String text(String key) {
		Object value = this.params.get(key);
		return (value != null && !value.toString().isBlank()) ? value.toString() : null;
	}

	private BigDecimal decimal(String key) {
		BigDecimal value = optionalDecimal(key);
		if (value == null) {
			throw new RuleParamsException("framework.params.missing", key);
		}
		return value;
	}

	private BigDecimal decimalOr(String key, BigDecimal fallback) {
		BigDecimal value = optionalDecimal(key);
		return (value != null) ? value : fallback;
	}

	private @Nullable BigDecimal optionalDecimal(String key) {
		return number(key, this.params.get(key));
	}

	private static @Nullable BigDecimal number(String key, @Nullable Object value) {
		try {
			return Num.ofNullable(value);
		}
		catch (NumberFormatException ex) {
			throw new RuleParamsException("framework.params.not-a-number", key, String.valueOf(value));
		}
	}

	private List<Tier> tiers() {
		List<Tier> tiers = new ArrayList<>();
		for (Map<?, ?> tier : list("tiers")) {
			BigDecimal gte = number("gte", tier.get("gte"));
			BigDecimal gt = number("gt", tier.get("gt"));
			BigDecimal lt = number("lt", tier.get("lt"));
			BigDecimal lte = number("lte", tier.get("lte"));
			BigDecimal points = number("points", tier.get("points"));
			if ((gte == null) == (gt == null)) {
				throw new RuleParamsException("framework.params.tier-lower-bound");
			}
			if (lt != null && lte != null) {
				throw new RuleParamsException("framework.params.tier-upper-bound");
			}
			if (points == null) {
				throw new RuleParamsException("framework.params.missing", "points");
			}
			tiers.add(new Tier((gte != null) ? gte : gt, gte != null, (lt != null) ? lt : lte, lte != null, points));
		}
		return tiers;
	}

	private List<PenaltyEvent> events() {
		List<PenaltyEvent> events = new ArrayList<>();
		for (Map<?, ?> event : list("events")) {
			Object code = event.get("code");
			BigDecimal points = number("points", event.get("points"));
			if (code == null || code.toString().isBlank()) {
				throw new RuleParamsException("framework.params.missing", "code");
			}
			if (points == null) {
				throw new RuleParamsException("framework.params.missing", "points");
			}
			Object name = event.get("name_vi");
			events.add(new PenaltyEvent(code.toString().trim(), (name != null) ? name.toString() : null, points,
					Boolean.parseBoolean(String.valueOf(event.get("per_case")))));
		}
		return events;
	}

	private Map<String, BigDecimal> weights() {
		Object value = this.params.get("option_weights");
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((option, weight) -> weights.put(option.toString(),
					java.util.Objects.requireNonNull(number("option_weights", weight))));
		}
		else if (value != null) {
			throw new RuleParamsException("framework.params.not-a-map", "option_weights");
		}
		return weights;
	}

	private List<Map<?, ?>> list(String key) {
		Object value = this.params.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items) || items.stream().anyMatch((item) -> !(item instanceof Map))) {
			throw new RuleParamsException("framework.params.not-a-list", key);
		}
		return items.stream().<Map<?, ?>>map((item) -> (Map<?, ?>) item).toList();
	}

}
