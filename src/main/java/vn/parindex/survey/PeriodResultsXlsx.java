package vn.parindex.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The workbook of a period's aggregated survey results: a summary per campaign, then the
 * factors, the scale questions' counts per level and the options chosen. Only counts and
 * indexes: no response appears in it.
 */
final class PeriodResultsXlsx {

	private static final String[] SUMMARY = { "Mã phiếu", "Đơn vị", "Số phiếu", "Mẫu cần", "Chỉ số (%)", "Cận dưới 95%",
			"Cận trên 95%", "Hài lòng (%)", "Bình thường (%)", "Không hài lòng (%)", "Trọng số bình quân (%)" };

	private static final String[] FACTORS = { "Mã phiếu", "Đơn vị", "Mã yếu tố", "Yếu tố", "Số câu trả lời",
			"Chỉ số (%)", "Cận dưới 95%", "Cận trên 95%" };

	private static final String[] QUESTIONS = { "Mã phiếu", "Đơn vị", "Mã câu hỏi", "Câu hỏi", "Mức 1", "Mức 2",
			"Mức 3", "Mức 4", "Mức 5", "Chỉ số (%)" };

	private static final String[] OPTIONS = { "Mã phiếu", "Đơn vị", "Mã câu hỏi", "Câu hỏi", "Phương án",
			"Số lượt chọn", "Tỷ lệ (%)", "Trọng số (%)" };

	private PeriodResultsXlsx() {
	}

	static void write(List<SurveyPeriodResults.PeriodRow> rows, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			Sheet summary = sheet(workbook, "Tổng hợp", SUMMARY, styles);
			Sheet factors = sheet(workbook, "Theo yếu tố", FACTORS, styles);
			Sheet questions = sheet(workbook, "Theo câu hỏi", QUESTIONS, styles);
			Sheet options = sheet(workbook, "Phương án", OPTIONS, styles);
			for (SurveyPeriodResults.PeriodRow row : rows) {
				summary(summary, row, styles);
				PeriodResultsXlsxDetails.factors(factors, row, styles);
				PeriodResultsXlsxDetails.questions(questions, row, styles);
				PeriodResultsXlsxDetails.options(options, row, styles);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(SXSSFWorkbook workbook, String name, String[] headers, Styles styles) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(headers[i]);
			header.getCell(i).setCellStyle(styles.header);
			sheet.setColumnWidth(i, ((i == 1 || i == 3) ? 40 : 14) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void summary(Sheet sheet, SurveyPeriodResults.PeriodRow row, Styles styles) {
		CampaignResults results = row.survey().results();
		boolean scale = results.hasScale();
		Row line = next(sheet, row);
		line.createCell(2).setCellValue(results.responses());
		line.createCell(3).setCellValue(results.sample());
		number(line, 4, row.index(), styles);
		number(line, 5, scale ? results.overall().low() : null, styles);
		number(line, 6, scale ? results.overall().high() : null, styles);
		number(line, 7, scale ? results.distribution().satisfied() : null, styles);
		number(line, 8, scale ? results.distribution().neutral() : null, styles);
		number(line, 9, scale ? results.distribution().dissatisfied() : null, styles);
		number(line, 10, results.meanWeight(), styles);
	}

	/** A new row with the questionnaire's code and the unit's name. */
	static Row next(Sheet sheet, SurveyPeriodResults.PeriodRow row) {
		Row line = sheet.createRow(sheet.getLastRowNum() + 1);
		line.createCell(0).setCellValue(row.survey().questionnaireCode());
		line.createCell(1).setCellValue(row.unitName());
		return line;
	}

	static void number(Row row, int column, @Nullable BigDecimal value, Styles styles) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(styles.decimal);
		}
	}

	/** The workbook's styles. */
	static final class Styles {

		final CellStyle header;

		final CellStyle decimal;

		Styles(SXSSFWorkbook workbook) {
			this.header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
			this.decimal = workbook.createCellStyle();
			this.decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
		}

	}

}
