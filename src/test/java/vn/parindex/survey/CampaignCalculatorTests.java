package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's indexes from its counts: a factor pools its questions' answers, the
 * overall index is the mean of the factors', choice questions do not count, and a factor
 * nobody answered does not drag the mean down.
 */
class CampaignCalculatorTests {

	private static final Questionnaire QUESTIONNAIRE = new Questionnaire("T", 1, "Phiếu thử", null, "Người dân",
			IndexFormula.SATISFIED_SHARE,
			List.of(factor("A", scale("A1"), scale("A2")), factor("B", scale("B1")),
					factor("C", scale("C1"),
							new Questionnaire.Question("C2", "Mong đợi", QuestionType.CHOICES,
									List.of(new Questionnaire.Option("X", "Nhanh hơn", null)))),
					factor("D", scale("D1"))));

	@Test
	void factorsPoolTheirQuestionsAndTheOverallIsTheirMean() {
		CampaignResults results = CampaignCalculator.compute(QUESTIONNAIRE, Map.of("A1", Tally.of(0, 0, 10, 40, 50),
				"A2", Tally.of(0, 10, 10, 30, 50), "B1", Tally.of(5, 5, 10, 40, 40), "C1", Tally.of(0, 0, 0, 0, 20)),
				100, 388);
		assertThat(results.factors()).extracting(CampaignResults.FactorResult::code)
			.containsExactly("A", "B", "C", "D");
		assertThat(results.factors().get(0).index().value()).isEqualTo("85.00");
		assertThat(results.factors().get(0).index().answers()).isEqualTo(200);
		assertThat(results.factors().get(1).index().value()).isEqualTo("80.00");
		assertThat(results.factors().get(2).questions()).extracting(CampaignResults.QuestionResult::code)
			.containsExactly("C1");
		assertThat(results.factors().get(3).index().answers()).isZero();
		// (85 + 80 + 100) / 3, D unanswered
		assertThat(results.overall().value()).isEqualTo("88.33");
		assertThat(results.overall().answers()).isEqualTo(320);
		assertThat(results.distribution().satisfied()).isEqualTo(new BigDecimal("84.38"));
		assertThat(results.belowSample()).isTrue();
	}

	@Test
	void noAnswersYetGiveZeroesAndNoWarningWithoutASample() {
		CampaignResults results = CampaignCalculator.compute(QUESTIONNAIRE, Map.of(), 0, 0);
		assertThat(results.overall().value()).isEqualTo("0.00");
		assertThat(results.belowSample()).isFalse();
	}

	private static Questionnaire.Factor factor(String code, Questionnaire.Question... questions) {
		return new Questionnaire.Factor(code, "Yếu tố " + code, List.of(questions));
	}

	private static Questionnaire.Question scale(String code) {
		return new Questionnaire.Question(code, "Câu " + code, QuestionType.SCALE, List.of());
	}

}
