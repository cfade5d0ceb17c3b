package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version of a leaf's points.
 *
 * @param stage SELF, ROUND_1, EXPLANATION, ROUND_2 or FINAL
 * @param points the points at that stage (null for N/A or an answer)
 * @param comment the comment, the N/A claim or the unit's answer
 * @param flagged for round 1, whether the leaf was flagged
 * @param setBy who
 * @param setAt when
 */
public record HistoryRow(String stage, @Nullable BigDecimal points, @Nullable String comment, @Nullable Boolean flagged,
		String setBy, Instant setAt) {
}
