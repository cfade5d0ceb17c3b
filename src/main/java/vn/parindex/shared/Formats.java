package vn.parindex.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Vietnamese number and date formats with explicit patterns, so they do not drift with
 * the JDK's locale data: {@code 89,85%}, {@code 1.234,5}, {@code 31/01/2024},
 * {@code 31/01/2024 14:05}. Exposed to templates as {@code @fmt}.
 */
public final class Formats {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private Formats() {
	}

	public static String number(@Nullable BigDecimal value, int decimals) {
		if (value == null) {
			return "";
		}
		return decimalFormat(decimals).format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

	/** A number with up to two decimals, trailing zeros dropped: {@code 1.234,5}. */
	public static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = decimalFormat(0);
		format.setMaximumFractionDigits(2);
		return format.format(value.setScale(2, RoundingMode.HALF_UP));
	}

	public static String percent(@Nullable BigDecimal value) {
		return (value != null) ? number(value, 2) + "%" : "";
	}

	public static String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A file size as people read it: {@code 350 KB}, {@code 1,2 MB}. */
	public static String fileSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP), 0)
					+ " KB";
		}
		return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP), 1)
				+ " MB";
	}

	public static String dateTime(@Nullable Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(ZONE)) : "";
	}

	private static DecimalFormat decimalFormat(int decimals) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format;
	}

}
