package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a unit, an appraiser or the survey module enters for one leaf. Each rule reads
 * only the inputs it needs and refuses to score when one of them is missing.
 *
 * @param met BINARY: the requirement is met
 * @param numerator TIERED_RATIO: e.g. dossiers handled on time
 * @param denominator TIERED_RATIO: e.g. dossiers received
 * @param value PROPORTIONAL: the measured value; TIERED_RATIO: a rate in % given directly
 * @param count COUNT_TIERS, DEDUCTION, BONUS: the number of items or occurrences
 * @param points MANUAL_RANGE: the chosen points
 * @param events PENALTY: occurrences per event code
 * @param surveyIndex SURVEY: the index from 0 to 100
 */
public record RuleInput(@Nullable Boolean met, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
		@Nullable BigDecimal value, @Nullable Integer count, @Nullable BigDecimal points, Map<String, Integer> events,
		@Nullable BigDecimal surveyIndex) {

	public static final RuleInput EMPTY = new RuleInput(null, null, null, null, null, null, Map.of(), null);

	public RuleInput {
		events = Map.copyOf(events);
	}

	public static RuleInput met(boolean met) {
		return new RuleInput(met, null, null, null, null, null, Map.of(), null);
	}

	public static RuleInput ratio(BigDecimal numerator, BigDecimal denominator) {
		return new RuleInput(null, numerator, denominator, null, null, null, Map.of(), null);
	}

	public static RuleInput value(BigDecimal value) {
		return new RuleInput(null, null, null, value, null, null, Map.of(), null);
	}

	public static RuleInput count(int count) {
		return new RuleInput(null, null, null, null, count, null, Map.of(), null);
	}

	public static RuleInput points(BigDecimal points) {
		return new RuleInput(null, null, null, null, null, points, Map.of(), null);
	}

	public static RuleInput events(Map<String, Integer> events) {
		return new RuleInput(null, null, null, null, null, null, events, null);
	}

	public static RuleInput survey(BigDecimal index) {
		return new RuleInput(null, null, null, null, null, null, Map.of(), index);
	}

}
