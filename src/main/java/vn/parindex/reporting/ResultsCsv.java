package vn.parindex.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The published rows as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel
 * reads the diacritics), comma separated, a header row, CRLF line ends (RFC 4180),
 * numbers with a point, and every text neutralised against formula injection.
 */
final class ResultsCsv {

	static final String BOM = "\uFEFF";

	private ResultsCsv() {
	}

	static byte[] write(List<ResultRow> rows) {
		StringBuilder csv = new StringBuilder(BOM);
		csv.append(line(List.copyOf(ResultRow.COLUMNS)));
		rows.forEach((row) -> csv.append(line(row.values())));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(List<? extends @Nullable Object> values) {
		return values.stream().map(ResultsCsv::field).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return quoted(CellText.safe(value.toString()));
	}

	private static String quoted(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
