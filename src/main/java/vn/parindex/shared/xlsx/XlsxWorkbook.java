package vn.parindex.shared.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * An uploaded workbook of several named sheets (a framework, a questionnaire), opened
 * within the limits of {@link XlsxSheet} (10 MB, a minimum inflate ratio against zip
 * bombs, 5,000 rows a sheet); each sheet's non-blank rows are read after checking that it
 * exists and has the expected headers, and every problem is named by its cell.
 */
public final class XlsxWorkbook {

	private XlsxWorkbook() {
	}

	/**
	 * Makes a module's line from a sheet's row.
	 *
	 * @param <L> the module's line type
	 */
	@FunctionalInterface
	public interface Lines<L> {

		L line(String sheet, Row row, List<String> headers, List<ImportError> errors);

	}

	/**
	 * The workbook in {@code in}.
	 * @throws ImportRejectedException when it is too large or not a workbook
	 */
	public static Workbook open(InputStream in) {
		ZipSecureFile.setMinInflateRatio(0.01);
		try {
			byte[] bytes = in.readNBytes(XlsxSheet.MAX_BYTES + 1);
			if (bytes.length > XlsxSheet.MAX_BYTES) {
				throw reject("import.too-large", XlsxSheet.MAX_BYTES / 1024 / 1024);
			}
			return WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			throw (ex instanceof ImportRejectedException rejected) ? rejected : reject("import.not-xlsx");
		}
	}

	/**
	 * The non-blank data rows of sheet {@code name} as lines; none, with errors added,
	 * when the sheet is missing ({@code missingKey}), has other headers or too many rows.
	 */
	public static <L> List<L> lines(Workbook workbook, String name, List<String> headers, String missingKey,
			List<ImportError> errors, Lines<L> lines, Predicate<L> blank) {
		Sheet sheet = workbook.getSheet(name);
		if (sheet == null) {
			errors.add(new ImportError(1, name + "!A1", missingKey, name));
			return List.of();
		}
		if (!headersMatch(sheet, headers, errors)) {
			return List.of();
		}
		if (sheet.getLastRowNum() > XlsxSheet.MAX_ROWS) {
			errors.add(new ImportError(XlsxSheet.MAX_ROWS + 1, cell(name, 0, XlsxSheet.MAX_ROWS + 1),
					"import.too-many-rows", XlsxSheet.MAX_ROWS));
			return List.of();
		}
		List<L> read = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			L line = (row != null) ? lines.line(name, row, headers, errors) : null;
			if (line != null && !blank.test(line)) {
				read.add(line);
			}
		}
		return read;
	}

	/** A cell's name for the messages, such as {@code Câu hỏi!E7}. */
	public static String cell(String sheet, int column, int rowNumber) {
		return sheet + "!" + CellReference.convertNumToColString(Math.max(column, 0)) + rowNumber;
	}

	private static boolean headersMatch(Sheet sheet, List<String> headers, List<ImportError> errors) {
		Row first = sheet.getRow(0);
		DataFormatter formatter = new DataFormatter();
		boolean match = true;
		for (int c = 0; c < headers.size(); c++) {
			String actual = (first != null && first.getCell(c) != null)
					? formatter.formatCellValue(first.getCell(c)).strip() : "";
			if (!headers.get(c).equalsIgnoreCase(actual)) {
				errors.add(new ImportError(1, cell(sheet.getSheetName(), c, 1), "import.header-expected",
						headers.get(c), actual));
				match = false;
			}
		}
		return match;
	}

	private static ImportRejectedException reject(String key, Object... arguments) {
		return new ImportRejectedException(List.of(new ImportError(1, "A1", key, arguments)));
	}

}
