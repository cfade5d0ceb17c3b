package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static vn.parindex.survey.QuestionnaireXlsx.FORM;
import static vn.parindex.survey.QuestionnaireXlsx.LABEL;
import static vn.parindex.survey.QuestionnaireXlsx.QUESTIONS;
import static vn.parindex.survey.QuestionnaireXlsx.VALUE;

/**
 * Reads the workbook {@link QuestionnaireXlsxWriter} writes. Every bad cell of both
 * sheets is collected, with the rules of {@link QuestionnaireYaml}, and the file is
 * rejected if anything was found.
 */
final class QuestionnaireXlsxReader {

	/** By sheet, then row, then column. */
	private static final Comparator<ImportError> ORDER = Comparator
		.comparingInt((ImportError error) -> QuestionnaireXlsx.SHEETS
			.indexOf(error.cell().substring(0, Math.max(error.cell().indexOf('!'), 0))))
		.thenComparingInt(ImportError::row)
		.thenComparingInt((error) -> error.cell().length())
		.thenComparing(ImportError::cell);

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, QuestionnaireXlsxLine> info = new HashMap<>();

	private QuestionnaireXlsxReader() {
	}

	static Questionnaire read(InputStream in) {
		try (Workbook workbook = QuestionnaireXlsxSheets.open(in)) {
			return new QuestionnaireXlsxReader().questionnaire(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Questionnaire questionnaire(Workbook workbook) {
		List<QuestionnaireXlsxLine> form = QuestionnaireXlsxSheets.lines(workbook, FORM, this.errors);
		List<QuestionnaireXlsxLine> rows = QuestionnaireXlsxSheets.lines(workbook, QUESTIONS, this.errors);
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors);
		}
		form.forEach(this::label);
		String code = text(QuestionnaireXlsx.CODE, 50, true);
		int version = version();
		String name = text(QuestionnaireXlsx.NAME, 300, true);
		String nameEn = text(QuestionnaireXlsx.NAME_EN, 300, false);
		String respondents = text(QuestionnaireXlsx.RESPONDENTS, 300, true);
		IndexFormula formula = formula();
		List<Questionnaire.Factor> factors = new QuestionnaireXlsxQuestions(this.errors).read(rows);
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors.stream().sorted(ORDER).toList());
		}
		return new Questionnaire(code, version, name, nameEn.isEmpty() ? null : nameEn, respondents, formula, factors);
	}

	private void label(QuestionnaireXlsxLine line) {
		String label = line.text(LABEL);
		String known = QuestionnaireXlsx.LABELS.stream()
			.filter((candidate) -> candidate.equalsIgnoreCase(label))
			.findFirst()
			.orElse(null);
		if (label == null) {
			line.error(LABEL, "import.required");
		}
		else if (known == null) {
			line.error(LABEL, "survey.xlsx.label-unknown", label, String.join(", ", QuestionnaireXlsx.LABELS));
		}
		else if (this.info.putIfAbsent(known, line) != null) {
			line.error(LABEL, "survey.xlsx.label-twice", known);
		}
	}

	private String text(String label, int maxLength, boolean required) {
		QuestionnaireXlsxLine line = this.info.get(label);
		if (line == null) {
			if (required) {
				this.errors.add(new ImportError(1, FORM + "!A1", "survey.xlsx.label-missing", label));
			}
			return "";
		}
		String text = required ? line.required(VALUE, maxLength) : line.text(VALUE, maxLength);
		return (text != null) ? text : "";
	}

	private int version() {
		QuestionnaireXlsxLine line = this.info.get(QuestionnaireXlsx.VERSION);
		if (line == null || line.blank(VALUE)) {
			return 1;
		}
		BigDecimal version = line.decimal(VALUE);
		if (version == null || version.scale() > 0 || version.signum() <= 0
				|| version.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			line.error(VALUE, "survey.xlsx.version-invalid");
			return 1;
		}
		return version.intValue();
	}

	private IndexFormula formula() {
		QuestionnaireXlsxLine line = this.info.get(QuestionnaireXlsx.FORMULA);
		String text = (line != null) ? line.text(VALUE) : null;
		if (text == null) {
			return IndexFormula.SATISFIED_SHARE;
		}
		try {
			return IndexFormula.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			line.error(VALUE, "survey.yaml.formula-unknown", text);
			return IndexFormula.SATISFIED_SHARE;
		}
	}

}
