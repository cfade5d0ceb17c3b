package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An award rule of a period: the award a unit gets when it meets every condition set.
 * Rules are tried in position order and a unit gets the first it meets.
 *
 * @param id the rule's id (0 for a rule not stored, as in tests)
 * @param position its place in the order, 1 first
 * @param award the award's name, such as "Cờ thi đua của UBND tỉnh"
 * @param firstInGroup whether the unit must rank 1 in its peer group (ties included)
 * @param minPercent the least index % it needs, null when not a condition
 * @param minFieldPercent the least % of every field that has one, null when not a
 * condition
 * @param excludePenalty whether a unit with a penalty (points deducted) is left out
 * @param version the optimistic lock
 */
record AwardRule(long id, int position, String award, boolean firstInGroup, @Nullable BigDecimal minPercent,
		@Nullable BigDecimal minFieldPercent, boolean excludePenalty, long version) {

	/** The two rules a period starts with, as the province's practice. */
	static final List<AwardRule> DEFAULTS = List
		.of(new AwardRule(0, 1, "Cờ thi đua của UBND tỉnh", true, null, null, true, 0), new AwardRule(0, 2,
				"Bằng khen của Chủ tịch UBND tỉnh", false, BigDecimal.valueOf(90), BigDecimal.valueOf(80), true, 0));

	/** Whether it has at least one condition a unit must meet. */
	boolean hasCondition() {
		return this.firstInGroup || this.minPercent != null || this.minFieldPercent != null;
	}

}
