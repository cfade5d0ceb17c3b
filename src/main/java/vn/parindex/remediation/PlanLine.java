package vn.parindex.remediation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A lost leaf as a plan line starts: from the published results and the appraiser's
 * comment.
 *
 * @param leafCode the leaf's code
 * @param leafName its name
 * @param max its maximum
 * @param lost the points lost
 * @param comment the appraiser's comment, if any
 */
record PlanLine(String leafCode, String leafName, @Nullable BigDecimal max, BigDecimal lost, @Nullable String comment) {
}
