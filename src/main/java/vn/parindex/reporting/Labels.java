package vn.parindex.reporting;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import vn.parindex.framework.Band;
import vn.parindex.scoring.Change;
import vn.parindex.scoring.ChangeKind;
import vn.parindex.shared.Formats;

/**
 * The messages of one export in one language.
 *
 * @param messages the message bundles
 * @param locale the language
 */
record Labels(MessageSource messages, Locale locale) {

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	boolean english() {
		return "en".equals(this.locale.getLanguage());
	}

	String band(@Nullable Band band) {
		if (band == null) {
			return "";
		}
		return english() ? band.labelEn() : band.labelVi();
	}

	String change(ChangeKind kind) {
		return get("reporting.change." + kind.name());
	}

	/**
	 * The change since last year in words: {@code +1,25 điểm; tăng 2 bậc}, or why it
	 * cannot be shown.
	 */
	String change(Change change) {
		BigDecimal points = change.points();
		if (!change.comparable() || points == null) {
			return change(change.kind());
		}
		String text = get("reporting.change.points", signed(points));
		Integer places = change.places();
		if (places == null) {
			return text;
		}
		String move = (places == 0) ? get("reporting.change.same")
				: get((places > 0) ? "reporting.change.up" : "reporting.change.down", String.valueOf(Math.abs(places)));
		return text + "; " + move;
	}

	private static String signed(BigDecimal value) {
		return ((value.signum() > 0) ? "+" : "") + Formats.number(value, 2);
	}

}
