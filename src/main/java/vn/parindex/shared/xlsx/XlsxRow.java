package vn.parindex.shared.xlsx;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * One data row of an imported sheet, with its cells as trimmed text by column header.
 *
 * @param number the row number as Excel shows it (the header is row 1)
 * @param cells the trimmed text of each cell, by header; empty cells are empty strings
 * @param headers the headers in column order, to name cells
 */
public record XlsxRow(int number, Map<String, String> cells, List<String> headers) {

	public String text(String header) {
		return this.cells.getOrDefault(header, "");
	}

	public boolean blank(String header) {
		return text(header).isEmpty();
	}

	/** The cell reference of a column in this row, such as {@code C5}. */
	public String cell(String header) {
		int column = this.headers.indexOf(header);
		return CellReference.convertNumToColString(Math.max(column, 0)) + this.number;
	}

	/** An error located at a column of this row. */
	public ImportError error(String header, String messageKey, Object... arguments) {
		return new ImportError(this.number, cell(header), messageKey, arguments);
	}

}
