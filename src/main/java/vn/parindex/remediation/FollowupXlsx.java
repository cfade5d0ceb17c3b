package vn.parindex.remediation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.shared.Formats;

/**
 * Writes the follow-up dashboard of a period as a workbook: a sheet of the units' plans
 * and a sheet of the overdue items, counts and percentages as number cells, dates as date
 * cells, headers in the requested language.
 */
@Component
class FollowupXlsx {

	static final String[] UNIT_COLUMNS = { "code", "unit", "status", "submitted", "total", "done", "percent",
			"in-progress", "overdue" };

	static final String[] OVERDUE_COLUMNS = { "code", "unit", "item", "due", "days-late", "responsible" };

	private final MessageSource messages;

	FollowupXlsx(MessageSource messages) {
		this.messages = messages;
	}

	void write(FollowupDashboard dashboard, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet units = sheet(workbook, styles, "remediation.followup.xlsx.units", UNIT_COLUMNS, locale);
			int row = 1;
			for (FollowupUnit unit : dashboard.units()) {
				unitRow(units.createRow(row++), unit, styles, locale);
			}
			Sheet overdue = sheet(workbook, styles, "remediation.followup.xlsx.overdue", OVERDUE_COLUMNS, locale);
			row = 1;
			for (FollowupOverdue item : dashboard.overdue()) {
				overdueRow(overdue.createRow(row++), item, styles);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, String[] columns, Locale locale) {
		Sheet sheet = workbook.createSheet(message(name, locale));
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.length; c++) {
			header.createCell(c).setCellValue(message("remediation.followup.col." + columns[c], locale));
			header.getCell(c).setCellStyle(styles.header);
			sheet.setColumnWidth(c, ((c == 1 || c == 2) ? 50 : 16) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private void unitRow(Row row, FollowupUnit unit, Styles styles, Locale locale) {
		row.createCell(0).setCellValue(unit.unitCode());
		row.createCell(1).setCellValue(unit.unitName());
		row.createCell(2).setCellValue(message("remediation.plan-status." + unit.status().name(), locale));
		if (unit.submittedAt() != null) {
			row.createCell(3).setCellValue(unit.submittedAt().atZone(Formats.ZONE).toLocalDateTime());
			row.getCell(3).setCellStyle(styles.dateTime);
		}
		row.createCell(4).setCellValue(unit.total());
		row.createCell(5).setCellValue(unit.done());
		BigDecimal percent = unit.percent();
		if (percent != null) {
			row.createCell(6).setCellValue(percent.doubleValue());
			row.getCell(6).setCellStyle(styles.decimal);
		}
		row.createCell(7).setCellValue(unit.inProgress());
		row.createCell(8).setCellValue(unit.overdue());
	}

	private static void overdueRow(Row row, FollowupOverdue item, Styles styles) {
		row.createCell(0).setCellValue(item.unitCode());
		row.createCell(1).setCellValue(item.unitName());
		row.createCell(2).setCellValue(item.label());
		row.createCell(3).setCellValue(item.dueDate());
		row.getCell(3).setCellStyle(styles.date);
		row.createCell(4).setCellValue(item.daysLate());
		row.createCell(5).setCellValue(item.responsible());
	}

	private String message(String key, Locale locale, @Nullable Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** The few cell styles. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle decimal;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.date = format(workbook, "dd/mm/yyyy");
			this.dateTime = format(workbook, "dd/mm/yyyy hh:mm");
			this.decimal = format(workbook, "0.00");
		}

		private static CellStyle format(XSSFWorkbook workbook, String pattern) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
			return style;
		}

	}

}
