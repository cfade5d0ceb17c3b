package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A unit's result in one field (a top-level node).
 *
 * @param code the field's code
 * @param name the field's Vietnamese name
 * @param points the points of its leaves (N/A leaves left out)
 * @param max the applicable maximum (N/A leaves left out); null for bonus and penalty
 * fields
 * @param percent points ÷ max × 100; null when there is no maximum or it is 0
 */
public record FieldResult(String code, String name, BigDecimal points, @Nullable BigDecimal max,
		@Nullable BigDecimal percent) {

}
