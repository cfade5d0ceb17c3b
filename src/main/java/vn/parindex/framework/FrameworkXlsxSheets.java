package vn.parindex.framework;

import java.io.InputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.XlsxWorkbook;

/**
 * Opens an uploaded framework workbook and reads its sheets' lines through
 * {@link XlsxWorkbook}: size and zip-bomb limits, headers checked, blank rows skipped.
 */
final class FrameworkXlsxSheets {

	private FrameworkXlsxSheets() {
	}

	static Workbook open(InputStream in) {
		return XlsxWorkbook.open(in);
	}

	/**
	 * The non-blank data rows of sheet {@code name}; none, with errors added, when the
	 * sheet is missing, has other headers or too many rows.
	 */
	static List<FrameworkXlsxLine> lines(Workbook workbook, String name, List<ImportError> errors) {
		return XlsxWorkbook.lines(workbook, name, FrameworkXlsx.headers(name), "framework.xlsx.sheet-missing", errors,
				FrameworkXlsxLine::new, FrameworkXlsxLine::blank);
	}

}
