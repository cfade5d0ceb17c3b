package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Decimal helpers shared by the rules and the formats: parameters are kept without
 * trailing zeros so that a framework read back from a file equals the one written, and
 * points are rounded half-up to two decimals.
 */
public final class Num {

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Num() {
	}

	/** A parameter value as stored: exact, without trailing zeros. */
	public static BigDecimal of(Object value) {
		BigDecimal decimal = (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString().trim());
		BigDecimal stripped = decimal.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	public static @Nullable BigDecimal ofNullable(@Nullable Object value) {
		return (value != null && !value.toString().isBlank()) ? of(value) : null;
	}

	/** Points as published: two decimals, half-up. */
	public static BigDecimal points(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** The plain text of a parameter, such as {@code 0.25} or {@code 100}. */
	public static String text(BigDecimal value) {
		return of(value).toPlainString();
	}

}
