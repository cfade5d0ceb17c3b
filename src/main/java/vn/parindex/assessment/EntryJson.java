package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.RuleInput;

/**
 * A leaf's entry as an API client sends it: the inputs its rule reads, the explanation,
 * an N/A claim, and the version read before editing.
 *
 * @param version the entry's version when it was read; required
 * @param met BINARY: the requirement is met
 * @param numerator TIERED_RATIO: the numerator
 * @param denominator TIERED_RATIO: the denominator
 * @param value PROPORTIONAL, or TIERED_RATIO as a rate in %
 * @param count COUNT_TIERS, DEDUCTION, BONUS: the number of items
 * @param points MANUAL_RANGE: the chosen points
 * @param events PENALTY: occurrences per event code
 * @param explanation the explanation (thuyết minh)
 * @param naClaimed whether the leaf is claimed not to apply
 * @param naReason why
 */
record EntryJson(@Nullable Long version, @Nullable Boolean met, @Nullable BigDecimal numerator,
		@Nullable BigDecimal denominator, @Nullable BigDecimal value, @Nullable Integer count,
		@Nullable BigDecimal points, @Nullable Map<String, Integer> events, @Nullable String explanation,
		@Nullable Boolean naClaimed, @Nullable String naReason) {

	EntryInput input() {
		RuleInput rule = new RuleInput(this.met, this.numerator, this.denominator, this.value, this.count, this.points,
				(this.events != null) ? this.events : Map.of(), null);
		return new EntryInput(rule, this.explanation, Boolean.TRUE.equals(this.naClaimed), this.naReason);
	}

}
