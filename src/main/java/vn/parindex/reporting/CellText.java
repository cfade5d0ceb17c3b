package vn.parindex.reporting;

/**
 * Text bound for a spreadsheet cell or a CSV field, neutralised against formula
 * injection: a value that a spreadsheet would read as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe,
 * so it is shown as the text it is.
 */
final class CellText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CellText() {
	}

	/** The value as safe text; unchanged unless it could start a formula. */
	static String safe(String value) {
		if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
			return value;
		}
		return "'" + value;
	}

}
