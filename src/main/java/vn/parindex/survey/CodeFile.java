package vn.parindex.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * The dossier codes exported by the one-stop system: an xlsx whose first column is headed
 * "Mã hồ sơ", or a CSV or text file with one code per line (a first line "Mã hồ sơ" is a
 * header). Every bad line is reported and none is imported.
 */
final class CodeFile {

	static final String HEADER = "Mã hồ sơ";

	static final int MAX_CODES = 200_000;

	private static final Pattern CODE = Pattern.compile("[\\p{Alnum}.\\-_/: ]{1,60}");

	private CodeFile() {
	}

	static List<String> read(InputStream in, String fileName) {
		List<String[]> lines = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(in) : text(in);
		List<ImportError> errors = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (String[] line : lines) {
			String code = line[1];
			if (!CODE.matcher(code).matches()) {
				errors.add(new ImportError(Integer.parseInt(line[0]), "A" + line[0], "survey.codes.invalid", code));
			}
			codes.add(code);
		}
		if (codes.isEmpty()) {
			errors.add(new ImportError(1, "A1", "survey.codes.empty"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors.subList(0, Math.min(errors.size(), 200)));
		}
		return codes;
	}

	private static List<String[]> xlsx(InputStream in) {
		List<String[]> lines = new ArrayList<>();
		for (XlsxRow row : XlsxSheet.read(in, List.of(HEADER), MAX_CODES)) {
			lines.add(new String[] { Integer.toString(row.number()), row.text(HEADER) });
		}
		return lines;
	}

	private static List<String[]> text(InputStream in) {
		List<String[]> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null && lines.size() <= MAX_CODES) {
				number++;
				String code = line.replace("\uFEFF", "").split("[,;\\t]", 2)[0].replace("\"", "").strip();
				if (code.isEmpty() || (number == 1 && code.equalsIgnoreCase(HEADER))) {
					continue;
				}
				lines.add(new String[] { Integer.toString(number), code });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
