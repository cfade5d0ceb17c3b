package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The header row of a bulk response file: the six columns in the file's order, separated
 * by commas, or by semicolons as Excel writes CSV under a Vietnamese locale. A UTF-8 byte
 * order mark is skipped.
 *
 * @param columns the column names in the file's order
 * @param delimiter the separator
 */
record BulkCsvHeader(List<String> columns, char delimiter) {

	/** The columns a file must have, in any order. */
	static final List<String> COLUMNS = List.of("phieu", "chien_dich", "kenh", "ngay", "cau_hoi", "tra_loi");

	private static final int MAX_LENGTH = 1_000;

	/** Reads the header line, leaving the stream at the first data row. */
	static BulkCsvHeader read(InputStream in) {
		String line = firstLine(in).replace("\uFEFF", "").strip();
		if (line.isEmpty()) {
			throw new ImportRejectedException(List.of(new ImportError(1, "A1", "survey.bulk.empty")));
		}
		char delimiter = (line.indexOf(';') >= 0 && line.indexOf(',') < 0) ? ';' : ',';
		List<String> columns = new ArrayList<>();
		for (String name : line.split(String.valueOf(delimiter), -1)) {
			columns.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
		}
		if (columns.size() != COLUMNS.size() || !columns.containsAll(COLUMNS)) {
			throw new ImportRejectedException(List.of(new ImportError(1, "A1", "survey.bulk.header",
					String.join(", ", COLUMNS), String.join(", ", columns))));
		}
		return new BulkCsvHeader(List.copyOf(columns), delimiter);
	}

	/** The cell reference of a column on a line, such as {@code F7}. */
	String cell(String column, long line) {
		return (char) ('A' + Math.max(this.columns.indexOf(column), 0)) + Long.toString(line);
	}

	private static String firstLine(InputStream in) {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try {
			int next = in.read();
			while (next != -1 && next != '\n' && line.size() < MAX_LENGTH) {
				line.write(next);
				next = in.read();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return line.toString(StandardCharsets.UTF_8);
	}

}
