package vn.parindex.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentReportXlsxStyles.Kind;
import vn.parindex.shared.Formats;

/**
 * Writes the self-assessment report as one sheet: the title, the header facts and the
 * tree as a filterable table, points as number cells, labels in the requested language.
 */
@Component
class AssessmentReportXlsx {

	static final String[] COLUMNS = { "code", "name", "max", "self", "inputs", "explanation", "evidence" };

	private static final int[] WIDTHS = { 18, 60, 12, 12, 30, 50, 60 };

	private final MessageSource messages;

	AssessmentReportXlsx(MessageSource messages) {
		this.messages = messages;
	}

	void write(AssessmentReport report, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new Writer(workbook, locale).write(report);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final class Writer {

		private final Sheet sheet;

		private final AssessmentReportXlsxStyles styles;

		private final Locale locale;

		private int next;

		Writer(XSSFWorkbook workbook, Locale locale) {
			this.locale = locale;
			this.styles = new AssessmentReportXlsxStyles(workbook);
			this.sheet = workbook.createSheet(message("assessment.report.sheet"));
			for (int c = 0; c < WIDTHS.length; c++) {
				this.sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
		}

		void write(AssessmentReport report) {
			cell(row(), 0, message("assessment.report.title", String.valueOf(report.year())), this.styles.title);
			this.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
			this.next++;
			facts(report);
			this.next++;
			int header = this.next;
			Row row = row();
			for (int c = 0; c < COLUMNS.length; c++) {
				cell(row, c, message("assessment.report.col." + COLUMNS[c]), this.styles.header);
			}
			report.lines().forEach(this::line);
			this.sheet.createFreezePane(0, header + 1);
			this.sheet.setAutoFilter(new CellRangeAddress(header, this.next - 1, 0, COLUMNS.length - 1));
		}

		private void facts(AssessmentReport report) {
			fact("unit", report.unitName() + " (" + report.unitCode() + ")");
			fact("period", report.cycleName());
			fact("framework", report.frameworkName());
			fact("status", this.message(report.status()));
			fact("submitted", submitted(report));
			fact("self-total", report.selfTotal(), this.styles.points);
			fact("applicable-max", report.applicableMax(), this.styles.points);
			fact("percent", report.percent(), this.styles.percent);
			fact("progress", message("assessment.report.progress-value", String.valueOf(report.done()),
					String.valueOf(report.total())));
			fact("generated", Formats.dateTime(report.generatedAt()));
		}

		private String submitted(AssessmentReport report) {
			if (report.submittedAt() == null) {
				return message("assessment.report.not-submitted");
			}
			String by = (report.submittedBy() != null) ? report.submittedBy() : "";
			return message("assessment.report.submitted-value", Formats.dateTime(report.submittedAt()), by);
		}

		private void fact(String key, String value) {
			Row row = row();
			cell(row, 0, message("assessment.report." + key), this.styles.label);
			row.createCell(1).setCellValue(value);
		}

		private void fact(String key, BigDecimal value, CellStyle style) {
			Row row = row();
			cell(row, 0, message("assessment.report." + key), this.styles.label);
			Cell cell = row.createCell(1);
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}

		private void line(AssessmentReport.Line line) {
			Row row = row();
			boolean parent = !line.leaf();
			CellStyle text = this.styles.line(Kind.TEXT, parent, line.level());
			CellStyle points = this.styles.line(Kind.POINTS, parent, line.level());
			cell(row, 0, line.code(), text);
			cell(row, 1, line.name(), this.styles.line(Kind.NAME, parent, line.level()));
			number(row, 2, line.maxPoints(), points);
			number(row, 3, line.selfPoints(), points);
			cell(row, 4, line.inputs(), text);
			cell(row, 5, explanation(line), text);
			cell(row, 6, String.join("\n", line.evidence()), text);
		}

		private String explanation(AssessmentReport.Line line) {
			List<String> parts = new ArrayList<>();
			if (line.naClaimed()) {
				parts.add((line.naReason() != null && !line.naReason().isBlank())
						? message("assessment.report.na", line.naReason()) : message("assessment.report.na-plain"));
			}
			if (line.explanation() != null && !line.explanation().isBlank()) {
				parts.add(line.explanation());
			}
			return String.join("\n", parts);
		}

		private Row row() {
			return this.sheet.createRow(this.next++);
		}

		private void cell(Row row, int column, String value, CellStyle style) {
			Cell cell = row.createCell(column);
			if (!value.isEmpty()) {
				cell.setCellValue(value);
			}
			cell.setCellStyle(style);
		}

		private void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
			Cell cell = row.createCell(column);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			cell.setCellStyle(style);
		}

		private String message(String key, Object... args) {
			return AssessmentReportXlsx.this.messages.getMessage(key, args, key, this.locale);
		}

	}

}
