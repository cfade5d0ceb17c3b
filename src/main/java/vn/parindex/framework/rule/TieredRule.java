package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * TIERED_RATIO and COUNT_TIERS: the value (a rate in %, or a count) earns the points of
 * the first tier it falls in, else {@code elsePoints}.
 *
 * @param type {@link RuleType#TIERED_RATIO} or {@link RuleType#COUNT_TIERS}
 * @param metric what is measured, shown to the unit
 * @param tiers the tiers, checked in order
 * @param elsePoints the points when no tier matches
 */
public record TieredRule(RuleType type, @Nullable String metric, List<Tier> tiers,
		BigDecimal elsePoints) implements Rule {

	public TieredRule {
		if (type != RuleType.TIERED_RATIO && type != RuleType.COUNT_TIERS) {
			throw new IllegalArgumentException(type.name());
		}
		tiers = List.copyOf(tiers);
		elsePoints = Num.of(elsePoints);
	}

	@Override
	public BigDecimal points(BigDecimal max, RuleInput input) {
		BigDecimal value = (this.type == RuleType.COUNT_TIERS) ? count(input) : rate(input);
		BigDecimal points = this.tiers.stream()
			.filter((tier) -> tier.matches(value))
			.map(Tier::points)
			.findFirst()
			.orElse(this.elsePoints);
		return Num.points(points);
	}

	/**
	 * The rate in % the tiers see, from a numerator and denominator or given directly.
	 */
	public static BigDecimal rate(RuleInput input) {
		if (input.numerator() != null || input.denominator() != null) {
			if (input.numerator() == null) {
				throw RuleInputException.missing(RuleInputKind.NUMERATOR);
			}
			if (input.denominator() == null) {
				throw RuleInputException.missing(RuleInputKind.DENOMINATOR);
			}
			if (input.denominator().signum() <= 0) {
				throw new RuleInputException("framework.rule.denominator-not-positive");
			}
			if (input.numerator().signum() < 0) {
				throw new RuleInputException("framework.rule.negative");
			}
			return input.numerator().multiply(Num.HUNDRED).divide(input.denominator(), 6, RoundingMode.HALF_UP);
		}
		if (input.value() == null) {
			throw RuleInputException.missing(RuleInputKind.NUMERATOR);
		}
		if (input.value().signum() < 0) {
			throw new RuleInputException("framework.rule.negative");
		}
		return input.value();
	}

	/** A count the unit entered: present and not negative. */
	static BigDecimal count(RuleInput input) {
		if (input.count() == null) {
			throw RuleInputException.missing(RuleInputKind.COUNT);
		}
		if (input.count() < 0) {
			throw new RuleInputException("framework.rule.negative");
		}
		return BigDecimal.valueOf(input.count());
	}

	@Override
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (this.metric != null) {
			params.put("metric", this.metric);
		}
		params.put("tiers", this.tiers.stream().map(Tier::params).toList());
		params.put("else_points", this.elsePoints);
		return params;
	}

	/**
	 * Tiers must cover the values above the lowest bound without gaps or overlaps, and no
	 * tier may give more than the maximum.
	 */
	@Override
	public List<RuleProblem> problems(BigDecimal max) {
		List<RuleProblem> problems = new ArrayList<>();
		if (this.tiers.isEmpty()) {
			problems.add(RuleProblem.of("framework.validation.tiers-empty"));
		}
		for (Tier tier : this.tiers) {
			if (tier.points().compareTo(max) > 0) {
				problems.add(RuleProblem.of("framework.validation.tier-above-max", tier.label(), Num.of(tier.points()),
						Num.of(max)));
			}
			if (tier.points().signum() < 0) {
				problems.add(RuleProblem.of("framework.validation.negative-points", tier.label()));
			}
			if (tier.to() != null && tier.to().compareTo(tier.from()) <= 0) {
				problems.add(RuleProblem.of("framework.validation.tier-empty", tier.label()));
			}
		}
		if (this.elsePoints.compareTo(max) > 0 || this.elsePoints.signum() < 0) {
			problems.add(RuleProblem.of("framework.validation.else-out-of-range", Num.of(this.elsePoints)));
		}
		problems.addAll(continuity());
		return problems;
	}

	private List<RuleProblem> continuity() {
		List<RuleProblem> problems = new ArrayList<>();
		List<Tier> ordered = this.tiers.stream().sorted(Comparator.comparing(Tier::from)).toList();
		for (int i = 1; i < ordered.size(); i++) {
			Tier below = ordered.get(i - 1);
			Tier above = ordered.get(i);
			if (below.to() == null) {
				problems.add(RuleProblem.of("framework.validation.tiers-overlap", below.label(), above.label()));
				continue;
			}
			int gap = above.from().compareTo(below.to());
			boolean touching = gap == 0 && (below.toInclusive() != above.fromInclusive());
			if (gap < 0 || (gap == 0 && below.toInclusive() && above.fromInclusive())) {
				problems.add(RuleProblem.of("framework.validation.tiers-overlap", below.label(), above.label()));
			}
			else if (!touching) {
				problems.add(RuleProblem.of("framework.validation.tiers-gap", below.label(), above.label()));
			}
		}
		return problems;
	}

	@Override
	public List<RuleInputKind> inputs() {
		return (this.type == RuleType.COUNT_TIERS) ? List.of(RuleInputKind.COUNT)
				: List.of(RuleInputKind.NUMERATOR, RuleInputKind.DENOMINATOR);
	}

}
