package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.XlsxWorkbook;

/**
 * One data row of a sheet of the questionnaire workbook. The accessors read a cell by its
 * header and add an error naming the cell ({@code Câu hỏi!D7}) to the shared list when
 * the cell is required but blank, too long, or not a number.
 */
final class QuestionnaireXlsxLine {

	private static final DataFormatter FORMATTER = new DataFormatter();

	private final String sheet;

	private final Row row;

	private final List<String> headers;

	private final List<ImportError> errors;

	QuestionnaireXlsxLine(String sheet, Row row, List<String> headers, List<ImportError> errors) {
		this.sheet = sheet;
		this.row = row;
		this.headers = headers;
		this.errors = errors;
	}

	/** The row number as Excel shows it. */
	int number() {
		return this.row.getRowNum() + 1;
	}

	String cell(String header) {
		return cell(this.sheet, this.headers.indexOf(header), number());
	}

	static String cell(String sheet, int column, int rowNumber) {
		return XlsxWorkbook.cell(sheet, column, rowNumber);
	}

	void error(String header, String key, Object... arguments) {
		this.errors.add(new ImportError(number(), cell(header), key, arguments));
	}

	boolean blank() {
		return this.headers.stream().allMatch(this::blank);
	}

	boolean blank(String header) {
		return text(header) == null;
	}

	/**
	 * The trimmed text of the cell; null when blank. Numbers read as Excel shows them.
	 */
	@Nullable String text(String header) {
		Cell cell = this.row.getCell(this.headers.indexOf(header));
		if (cell == null) {
			return null;
		}
		String text = (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING)
				? cell.getStringCellValue() : FORMATTER.formatCellValue(cell);
		return text.isBlank() ? null : text.strip();
	}

	/** The text, or null with an error when it is longer than {@code maxLength}. */
	@Nullable String text(String header, int maxLength) {
		String text = text(header);
		if (text != null && text.length() > maxLength) {
			error(header, "survey.xlsx.too-long", maxLength);
			return null;
		}
		return text;
	}

	/** The text, or "" with an error when it is blank or too long. */
	String required(String header, int maxLength) {
		String text = text(header);
		if (text == null) {
			error(header, "import.required");
		}
		String checked = text(header, maxLength);
		return (checked != null) ? checked : "";
	}

	/**
	 * A number cell, or a text cell holding a number (a decimal comma and a trailing %
	 * are accepted), without trailing zeros; null when blank or not a number.
	 */
	@Nullable BigDecimal decimal(String header) {
		Cell cell = this.row.getCell(this.headers.indexOf(header));
		BigDecimal number = null;
		if (cell != null && (cell.getCellType() == CellType.NUMERIC
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC))) {
			number = BigDecimal.valueOf(cell.getNumericCellValue());
		}
		else if (text(header) != null) {
			String text = text(header).replace("%", "").strip();
			try {
				number = new BigDecimal(text.contains(".") ? text : text.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return (number == null) ? null : plain(number);
	}

	/** Without trailing zeros and never in exponent form: 60.0 → 60, 20.50 → 20.5. */
	static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
