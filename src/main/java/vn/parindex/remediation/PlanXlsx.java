package vn.parindex.remediation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a plan's lines as one sheet: the title, the unit and period, then the table with
 * points as numbers and dates as dates, filterable, labels in the requested language.
 */
@Component
class PlanXlsx {

	static final String[] COLUMNS = { "position", "leaf-code", "leaf-name", "max", "lost", "comment", "cause", "action",
			"sub-unit", "officer", "due", "status", "completed", "evidence" };

	private static final int[] WIDTHS = { 6, 10, 50, 10, 10, 40, 40, 50, 25, 25, 12, 16, 12, 40 };

	private final MessageSource messages;

	PlanXlsx(MessageSource messages) {
		this.messages = messages;
	}

	void write(PlanView plan, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(message("remediation.plan.xlsx.sheet", locale));
			Styles styles = new Styles(workbook);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			text(sheet.createRow(0), 0, message("remediation.plan.title", locale, String.valueOf(plan.header().year())),
					styles.bold);
			text(sheet.createRow(1), 0, plan.header().unitName() + " – " + plan.header().cycleName(), null);
			Row header = sheet.createRow(3);
			for (int c = 0; c < COLUMNS.length; c++) {
				text(header, c, message("remediation.plan.col." + COLUMNS[c], locale), styles.bold);
			}
			int next = 4;
			for (ItemRow item : plan.items()) {
				line(sheet.createRow(next++), item, styles, locale);
			}
			sheet.createFreezePane(0, 4);
			sheet.setAutoFilter(new CellRangeAddress(3, Math.max(3, next - 1), 0, COLUMNS.length - 1));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void line(Row row, ItemRow item, Styles styles, Locale locale) {
		row.createCell(0).setCellValue(item.position());
		text(row, 1, item.leafCode(), null);
		text(row, 2, item.leafName(), styles.wrap);
		number(row, 3, item.max(), styles.points);
		number(row, 4, item.pointsLost(), styles.points);
		text(row, 5, item.comment(), styles.wrap);
		text(row, 6, item.cause(), styles.wrap);
		text(row, 7, item.action(), styles.wrap);
		text(row, 8, item.subUnitName(), styles.wrap);
		text(row, 9, item.officer(), styles.wrap);
		date(row, 10, item.dueDate(), styles.date);
		text(row, 11, message(item.shown().messageKey(), locale), null);
		date(row, 12, item.completedOn(), styles.date);
		text(row, 13, item.evidenceNote(), styles.wrap);
	}

	private static void text(Row row, int column, @Nullable String value, @Nullable CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}
	}

	private static void date(Row row, int column, @Nullable LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** The sheet's few styles, made once per workbook. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle wrap;

		final CellStyle points;

		final CellStyle date;

		Styles(XSSFWorkbook workbook) {
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.wrap = workbook.createCellStyle();
			this.wrap.setWrapText(true);
			this.points = workbook.createCellStyle();
			this.points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		}

	}

}
