package vn.parindex.framework;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Num;
import vn.parindex.shared.Formats;

/**
 * Text cells of the framework forms: numbers typed the Vietnamese way ({@code 6,5}) or
 * the English way ({@code 6.5}), and blanks as nothing.
 */
final class FormText {

	private FormText() {
	}

	/** The trimmed text, or null when blank. */
	static @Nullable String text(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	/**
	 * The number typed, or null when blank.
	 * @throws NumberFormatException when the text is not a number
	 */
	static @Nullable BigDecimal decimal(@Nullable String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String plain = text.contains(",") ? text.replace(".", "").replace(',', '.') : text;
		return Num.of(new BigDecimal(plain.replace(" ", "")));
	}

	/** A number as the forms show it: {@code 6,5}; empty for null. */
	static String show(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal plain = Num.of(value);
		return Formats.number(plain, Math.max(plain.scale(), 0)).replace(".", "");
	}

	static boolean isTrue(@Nullable Boolean value) {
		return Boolean.TRUE.equals(value);
	}

}
