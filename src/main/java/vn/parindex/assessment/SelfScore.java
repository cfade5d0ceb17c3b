package vn.parindex.assessment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A leaf's self-score as the unit submitted it, for the appraisal.
 *
 * @param code the leaf's code
 * @param points the self-score, null when unscored or claimed N/A
 * @param naClaimed whether the unit claimed the leaf does not apply
 */
public record SelfScore(String code, @Nullable BigDecimal points, boolean naClaimed) {
}
