package vn.parindex.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What an appraiser sets on a leaf in a round.
 *
 * @param points the appraised points; null accepts the unit's N/A claim
 * @param naRefused whether the appraiser refuses the unit's N/A claim (round 1)
 * @param comment the appraiser's comment, required when the points differ
 * @param flagged whether the unit must explain the leaf (round 1)
 */
public record ScoreForm(@Nullable BigDecimal points, boolean naRefused, @Nullable String comment, boolean flagged) {
}
