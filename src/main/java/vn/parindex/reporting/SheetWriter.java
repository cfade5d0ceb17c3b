package vn.parindex.reporting;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes one sheet row by row: text always neutralised against formula injection, numbers
 * as numeric cells, tables with a frozen, filterable header.
 */
final class SheetWriter {

	private final Sheet sheet;

	private int next;

	private int header = -1;

	SheetWriter(Sheet sheet, int... widths) {
		this.sheet = sheet;
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	Row row() {
		return this.sheet.createRow(this.next++);
	}

	void skip() {
		this.next++;
	}

	void merge(Row row, int columns) {
		this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
	}

	/** Starts a table: a header row of labels, frozen. */
	void header(CellStyle style, String... labels) {
		Row row = row();
		this.header = row.getRowNum();
		for (int c = 0; c < labels.length; c++) {
			text(row, c, labels[c], style);
		}
		this.sheet.createFreezePane(0, this.header + 1);
	}

	/** Ends the table: a filter over its columns. */
	void filter(int columns) {
		if (this.header >= 0) {
			this.sheet
				.setAutoFilter(new CellRangeAddress(this.header, Math.max(this.header, this.next - 1), 0, columns - 1));
		}
	}

	static void text(Row row, int column, @Nullable String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(CellText.safe(value));
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	static void number(Row row, int column, @Nullable Integer value, CellStyle style) {
		number(row, column, (value != null) ? BigDecimal.valueOf(value) : null, style);
	}

}
