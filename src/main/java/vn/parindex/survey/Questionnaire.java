package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire version: SIPAS (the citizens' satisfaction) or a sociological form for
 * one respondent group, its factors and their questions, and how its index is computed.
 *
 * @param code its code, such as {@code SIPAS-2017}
 * @param version its version, from 1
 * @param nameVi its Vietnamese title
 * @param nameEn its English title, if any
 * @param respondents who answers it, such as "Người dân, tổ chức"
 * @param formula how the index is computed
 * @param factors the factors in order
 */
public record Questionnaire(String code, int version, String nameVi, @Nullable String nameEn, String respondents,
		IndexFormula formula, List<Factor> factors) {

	public Questionnaire {
		factors = List.copyOf(factors);
	}

	/** Every question, factor by factor. */
	public List<Question> questions() {
		return this.factors.stream().flatMap((factor) -> factor.questions().stream()).toList();
	}

	public Optional<Question> question(String code) {
		return questions().stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	/**
	 * A factor (yếu tố) of the index.
	 *
	 * @param code its code
	 * @param nameVi its Vietnamese name
	 * @param questions its questions in order
	 */
	public record Factor(String code, String nameVi, List<Question> questions) {

		public Factor {
			questions = List.copyOf(questions);
		}

	}

	/**
	 * A question.
	 *
	 * @param code its code, unique in the questionnaire
	 * @param textVi its Vietnamese wording
	 * @param type what it asks for
	 * @param options its options (none for a scale question)
	 */
	public record Question(String code, String textVi, QuestionType type, List<Option> options) {

		public Question {
			options = List.copyOf(options);
		}

	}

	/**
	 * An option of a weighted or choice question.
	 *
	 * @param code its code, such as A
	 * @param textVi its Vietnamese wording
	 * @param weight its weight in % for a weighted question, else null
	 */
	public record Option(String code, String textVi, @Nullable BigDecimal weight) {
	}

}
