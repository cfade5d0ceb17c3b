package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * Opens an uploaded questionnaire workbook within the limits of {@link XlsxSheet} (10 MB,
 * a minimum inflate ratio against zip bombs, 5,000 rows a sheet) and reads a sheet's
 * non-blank rows after checking that it exists and has the expected headers.
 */
final class QuestionnaireXlsxSheets {

	private QuestionnaireXlsxSheets() {
	}

	/**
	 * The workbook in {@code in}.
	 * @throws ImportRejectedException when it is too large or not a workbook
	 */
	static Workbook open(InputStream in) {
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

	private static ImportRejectedException reject(String key, Object... arguments) {
		return new ImportRejectedException(List.of(new ImportError(1, "A1", key, arguments)));
	}

	/**
	 * The non-blank data rows of sheet {@code name}; none, with errors added, when the
	 * sheet is missing, has other headers or too many rows.
	 */
	static List<QuestionnaireXlsxLine> lines(Workbook workbook, String name, List<ImportError> errors) {
		Sheet sheet = workbook.getSheet(name);
		if (sheet == null) {
			errors.add(new ImportError(1, name + "!A1", "survey.xlsx.sheet-missing", name));
			return List.of();
		}
		List<String> headers = QuestionnaireXlsx.headers(name);
		if (!headersMatch(sheet, headers, errors)) {
			return List.of();
		}
		if (sheet.getLastRowNum() > XlsxSheet.MAX_ROWS) {
			errors.add(
					new ImportError(XlsxSheet.MAX_ROWS + 1, QuestionnaireXlsxLine.cell(name, 0, XlsxSheet.MAX_ROWS + 1),
							"import.too-many-rows", XlsxSheet.MAX_ROWS));
			return List.of();
		}
		List<QuestionnaireXlsxLine> lines = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			QuestionnaireXlsxLine line = (row != null) ? new QuestionnaireXlsxLine(name, row, headers, errors) : null;
			if (line != null && !line.blank()) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean headersMatch(Sheet sheet, List<String> headers, List<ImportError> errors) {
		Row first = sheet.getRow(0);
		DataFormatter formatter = new DataFormatter();
		boolean match = true;
		for (int c = 0; c < headers.size(); c++) {
			String actual = (first != null && first.getCell(c) != null)
					? formatter.formatCellValue(first.getCell(c)).strip() : "";
			if (!headers.get(c).equalsIgnoreCase(actual)) {
				errors.add(new ImportError(1, QuestionnaireXlsxLine.cell(sheet.getSheetName(), c, 1),
						"import.header-expected", headers.get(c), actual));
				match = false;
			}
		}
		return match;
	}

}
