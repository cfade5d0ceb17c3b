package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The points a unit lost on one scored leaf: where remediation starts.
 *
 * @param code the leaf's code
 * @param name the leaf's Vietnamese name
 * @param max the leaf's maximum
 * @param points the final points; null when the leaf has no final score
 * @param lost max − points, always positive
 */
public record LostPoints(String code, String name, BigDecimal max, @Nullable BigDecimal points, BigDecimal lost) {

}
