package vn.parindex.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import static vn.parindex.survey.QuestionnaireXlsx.FORM;
import static vn.parindex.survey.QuestionnaireXlsx.QUESTIONS;

/**
 * Writes a questionnaire in the layout {@link QuestionnaireXlsxReader} reads: bold,
 * frozen headers, the version and weights as number cells, a factor's code and name on
 * its first row only, and each further option on a row of its own.
 */
final class QuestionnaireXlsxWriter {

	private final XSSFWorkbook workbook;

	private final CellStyle bold;

	private final CellStyle wrap;

	private QuestionnaireXlsxWriter(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		this.bold.setFont(font);
		this.wrap = workbook.createCellStyle();
		this.wrap.setWrapText(true);
	}

	/** The questionnaire, or the empty layout when it is null. */
	static void write(@Nullable Questionnaire questionnaire, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			QuestionnaireXlsxWriter writer = new QuestionnaireXlsxWriter(workbook);
			writer.sheet(FORM, form(questionnaire), 20, 60, 70);
			writer.sheet(QUESTIONS, (questionnaire != null) ? questions(questionnaire) : List.of(), 12, 36, 12, 60, 12,
					14, 50, 14);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(String name, List<List<@Nullable Object>> rows, int... widths) {
		Sheet sheet = this.workbook.createSheet(name);
		List<String> headers = QuestionnaireXlsx.headers(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(this.bold);
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<@Nullable Object> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				cell(row, c, values.get(c));
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private void cell(Row row, int column, @Nullable Object value) {
		if (value instanceof BigDecimal number) {
			row.createCell(column).setCellValue(number.doubleValue());
		}
		else if (value instanceof Integer number) {
			row.createCell(column).setCellValue(number);
		}
		else if (value != null && !value.toString().isEmpty()) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value.toString());
			cell.setCellStyle(this.wrap);
		}
	}

	private static List<List<@Nullable Object>> form(@Nullable Questionnaire questionnaire) {
		boolean empty = questionnaire == null;
		return List.of(
				row(QuestionnaireXlsx.CODE, empty ? null : questionnaire.code(), "Tối đa 50 ký tự, như SIPAS-2023"),
				row(QuestionnaireXlsx.VERSION, empty ? 1 : questionnaire.version(),
						"Số nguyên từ 1; sửa phiếu đã có thì tăng phiên bản"),
				row(QuestionnaireXlsx.NAME, empty ? null : questionnaire.nameVi(), "Tối đa 300 ký tự"),
				row(QuestionnaireXlsx.NAME_EN, empty ? null : questionnaire.nameEn(), "Không bắt buộc"),
				row(QuestionnaireXlsx.RESPONDENTS, empty ? null : questionnaire.respondents(),
						"Như: Người dân, tổ chức"),
				row(QuestionnaireXlsx.FORMULA,
						empty ? IndexFormula.SATISFIED_SHARE.name() : questionnaire.formula().name(),
						"SATISFIED_SHARE: tỷ lệ hài lòng (mức 4 và 5); MEAN_SCALED: mức trung bình quy về 0–100"));
	}

	private static List<List<@Nullable Object>> questions(Questionnaire questionnaire) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Questionnaire.Factor factor : questionnaire.factors()) {
			boolean first = true;
			for (Questionnaire.Question question : factor.questions()) {
				List<@Nullable Object> row = new ArrayList<>(row(first ? factor.code() : null,
						first ? factor.nameVi() : null, question.code(), question.textVi(), question.type().name()));
				first = false;
				List<Questionnaire.Option> options = question.options();
				row.addAll(options.isEmpty() ? List.of() : option(options.get(0)));
				rows.add(row);
				for (Questionnaire.Option option : options.subList(Math.min(1, options.size()), options.size())) {
					List<@Nullable Object> further = new ArrayList<>(row(null, null, null, null, null));
					further.addAll(option(option));
					rows.add(further);
				}
			}
		}
		return rows;
	}

	private static List<@Nullable Object> option(Questionnaire.Option option) {
		return row(option.code(), option.textVi(), option.weight());
	}

	private static List<@Nullable Object> row(@Nullable Object... values) {
		return Arrays.asList(values);
	}

}
