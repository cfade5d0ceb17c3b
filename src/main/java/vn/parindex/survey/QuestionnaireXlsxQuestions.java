package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.xlsx.ImportError;

import static vn.parindex.survey.QuestionnaireXlsx.FACTOR_CODE;
import static vn.parindex.survey.QuestionnaireXlsx.FACTOR_NAME;
import static vn.parindex.survey.QuestionnaireXlsx.OPTION_CODE;
import static vn.parindex.survey.QuestionnaireXlsx.OPTION_TEXT;
import static vn.parindex.survey.QuestionnaireXlsx.QUESTION_CODE;
import static vn.parindex.survey.QuestionnaireXlsx.QUESTION_TEXT;
import static vn.parindex.survey.QuestionnaireXlsx.TYPE;
import static vn.parindex.survey.QuestionnaireXlsx.WEIGHT;

/**
 * Reads the rows of the "Câu hỏi" sheet into factors, questions and options, in the
 * layout described on {@link QuestionnaireXlsx}, adding an error for each bad cell.
 */
final class QuestionnaireXlsxQuestions {

	private final List<ImportError> errors;

	private final List<FactorDraft> factors = new ArrayList<>();

	private final Set<String> factorCodes = new HashSet<>();

	private final Set<String> questionCodes = new HashSet<>();

	QuestionnaireXlsxQuestions(List<ImportError> errors) {
		this.errors = errors;
	}

	List<Questionnaire.Factor> read(List<QuestionnaireXlsxLine> lines) {
		if (lines.isEmpty()) {
			this.errors.add(new ImportError(2, QuestionnaireXlsxLine.cell(QuestionnaireXlsx.QUESTIONS, 0, 2),
					"survey.yaml.factors-missing"));
		}
		FactorDraft factor = null;
		QuestionDraft question = null;
		for (QuestionnaireXlsxLine line : lines) {
			FactorDraft current = factor(line, factor);
			question = (current == factor && continues(line, question)) ? question : question(line, current);
			factor = current;
			if (hasOption(line)) {
				option(line, question);
			}
		}
		return this.factors.stream().map(FactorDraft::factor).toList();
	}

	/** The factor of this row: the one above, unless the row names another. */
	private FactorDraft factor(QuestionnaireXlsxLine line, @Nullable FactorDraft above) {
		String code = line.text(FACTOR_CODE);
		if (above != null && (code == null || code.equals(above.code()))) {
			String name = line.text(FACTOR_NAME);
			if (name != null && !name.equals(above.name())) {
				line.error(FACTOR_NAME, "survey.xlsx.factor-name-differs", above.name());
			}
			return above;
		}
		code = line.required(FACTOR_CODE, 50);
		if (!code.isEmpty() && !this.factorCodes.add(code)) {
			line.error(FACTOR_CODE, "survey.xlsx.factor-twice", code);
		}
		FactorDraft factor = new FactorDraft(code, line.required(FACTOR_NAME, 300), new ArrayList<>());
		this.factors.add(factor);
		return factor;
	}

	/** Whether the row is a further option of the question above. */
	private static boolean continues(QuestionnaireXlsxLine line, @Nullable QuestionDraft above) {
		if (above == null || !hasOption(line)) {
			return false;
		}
		String code = line.text(QUESTION_CODE);
		return (code == null) ? line.blank(QUESTION_TEXT) && line.blank(TYPE) : code.equals(above.code);
	}

	private static boolean hasOption(QuestionnaireXlsxLine line) {
		return QuestionnaireXlsx.OPTION_COLUMNS.stream().anyMatch((header) -> !line.blank(header));
	}

	private QuestionDraft question(QuestionnaireXlsxLine line, FactorDraft factor) {
		String code = line.required(QUESTION_CODE, 50);
		if (!code.isEmpty() && !this.questionCodes.add(code)) {
			line.error(QUESTION_CODE, "survey.yaml.code-twice", code);
		}
		QuestionDraft question = new QuestionDraft(line, code, line.required(QUESTION_TEXT, 1000), type(line));
		factor.questions().add(question);
		return question;
	}

	/** SCALE when blank; null, with an error, when unknown. */
	private static @Nullable QuestionType type(QuestionnaireXlsxLine line) {
		String text = line.text(TYPE);
		if (text == null) {
			return QuestionType.SCALE;
		}
		try {
			return QuestionType.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			line.error(TYPE, "survey.yaml.type-unknown", text);
			return null;
		}
	}

	private static void option(QuestionnaireXlsxLine line, QuestionDraft question) {
		String code = line.required(OPTION_CODE, 20);
		if (!code.isEmpty() && !question.optionCodes.add(code)) {
			line.error(OPTION_CODE, "survey.xlsx.option-twice", code);
		}
		question.options.add(new Questionnaire.Option(code, line.required(OPTION_TEXT, 1000), weight(line, question)));
	}

	private static @Nullable BigDecimal weight(QuestionnaireXlsxLine line, QuestionDraft question) {
		if (question.type == QuestionType.WEIGHTED) {
			BigDecimal weight = line.decimal(WEIGHT);
			if (line.blank(WEIGHT)) {
				line.error(WEIGHT, "import.required");
			}
			else if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
				line.error(WEIGHT, "survey.yaml.weight-range");
			}
			return (weight != null) ? weight : BigDecimal.ZERO;
		}
		if (question.type == QuestionType.CHOICES && !line.blank(WEIGHT)) {
			line.error(WEIGHT, "survey.xlsx.weight-unexpected");
		}
		return null;
	}

	/**
	 * A factor being read.
	 */
	private record FactorDraft(String code, String name, List<QuestionDraft> questions) {

		Questionnaire.Factor factor() {
			return new Questionnaire.Factor(this.code, this.name,
					this.questions.stream().map(QuestionDraft::question).toList());
		}

	}

	/**
	 * A question being read, with the row it starts on.
	 */
	private static final class QuestionDraft {

		private final QuestionnaireXlsxLine line;

		private final String code;

		private final String text;

		private final @Nullable QuestionType type;

		private final List<Questionnaire.Option> options = new ArrayList<>();

		private final Set<String> optionCodes = new HashSet<>();

		QuestionDraft(QuestionnaireXlsxLine line, String code, String text, @Nullable QuestionType type) {
			this.line = line;
			this.code = code;
			this.text = text;
			this.type = type;
		}

		/**
		 * The question, once its options are known; an error if they do not fit its type.
		 */
		Questionnaire.Question question() {
			if (this.type == QuestionType.SCALE && !this.options.isEmpty()) {
				this.line.error(TYPE, "survey.yaml.scale-options");
			}
			if (this.type != null && this.type != QuestionType.SCALE && this.options.isEmpty()) {
				this.line.error(OPTION_CODE, "survey.yaml.options-missing");
			}
			return new Questionnaire.Question(this.code, this.text,
					(this.type != null) ? this.type : QuestionType.SCALE, this.options);
		}

	}

}
