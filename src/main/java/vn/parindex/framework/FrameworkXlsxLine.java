package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Num;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.XlsxWorkbook;

/**
 * One data row of a sheet of the framework workbook. The accessors read a cell by its
 * header and add an error naming the cell ({@code Tiêu chí!F7}) to the shared list when
 * the cell is blank but required, or not a number, a yes/no or a known code.
 */
final class FrameworkXlsxLine {

	private static final Set<String> YES = Set.of("có", "co", "x", "yes", "true", "1");

	private static final Set<String> NO = Set.of("không", "khong", "no", "false", "0");

	private final String sheet;

	private final Row row;

	private final List<String> headers;

	private final List<ImportError> errors;

	FrameworkXlsxLine(String sheet, Row row, List<String> headers, List<ImportError> errors) {
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

	boolean failed(String header) {
		String cell = cell(header);
		return this.errors.stream().anyMatch((error) -> error.cell().equals(cell));
	}

	boolean blank() {
		return this.headers.stream().allMatch((header) -> text(header) == null);
	}

	/** The trimmed text of the cell; null when blank. Numbers read as plain text. */
	@Nullable String text(String header) {
		Cell cell = this.row.getCell(this.headers.indexOf(header));
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> Num.text(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> cell.getBooleanCellValue() ? FrameworkXlsx.YES : FrameworkXlsx.NO;
			default -> "";
		};
		return text.isBlank() ? null : text.strip();
	}

	/** The text, or null with an error when it is longer than the database keeps. */
	@Nullable String text(String header, int maxLength) {
		String text = text(header);
		if (text != null && text.length() > maxLength) {
			error(header, "framework.xlsx.too-long", maxLength);
			return null;
		}
		return text;
	}

	@Nullable String required(String header, int maxLength) {
		String text = text(header, maxLength);
		if (text == null && !failed(header)) {
			error(header, "import.required");
		}
		return text;
	}

	@Nullable String required(String header) {
		String text = text(header);
		if (text == null) {
			error(header, "import.required");
		}
		return text;
	}

	/** A number cell, or a text cell holding a number (a decimal comma is accepted). */
	@Nullable BigDecimal decimal(String header) {
		Cell cell = this.row.getCell(this.headers.indexOf(header));
		if (cell != null && (cell.getCellType() == CellType.NUMERIC
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC))) {
			return Num.of(BigDecimal.valueOf(cell.getNumericCellValue()));
		}
		String text = text(header);
		if (text == null) {
			return null;
		}
		try {
			return Num.of(text.contains(".") ? text : text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			error(header, "framework.import.not-a-number", text);
			return null;
		}
	}

	@Nullable BigDecimal requiredDecimal(String header) {
		if (text(header) == null) {
			error(header, "import.required");
			return null;
		}
		return decimal(header);
	}

	boolean yesNo(String header, boolean fallback) {
		String text = text(header);
		if (text == null) {
			return fallback;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (!YES.contains(lower) && !NO.contains(lower)) {
			error(header, "framework.xlsx.yes-no", text);
			return fallback;
		}
		return YES.contains(lower);
	}

	/** A code such as {@code self_assessment}, or null (with an error) if unknown. */
	<T> @Nullable T code(String header, Function<String, T> parse) {
		String text = text(header);
		if (text == null) {
			return null;
		}
		try {
			return parse.apply(text);
		}
		catch (IllegalArgumentException ex) {
			error(header, "framework.import.value-unknown", text);
			return null;
		}
	}

	List<UnitType> unitTypes(String header) {
		List<UnitType> types = new ArrayList<>();
		for (String item : list(header)) {
			try {
				types.add(UnitType.valueOf(item.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				error(header, "framework.import.value-unknown", item);
			}
		}
		return types;
	}

	/** A comma-separated list, trimmed, without blank items. */
	List<String> list(String header) {
		String text = text(header);
		if (text == null) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

}
