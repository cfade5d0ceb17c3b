package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The survey formulas against published and textbook figures.
 */
class SurveyMathTests {

	@Test
	void tenThousandAnswersSplit9287To693To20GiveThePublishedFigures() {
		Tally tally = Tally.of(4, 16, 693, 3_100, 6_187);
		assertThat(tally.valid()).isEqualTo(10_000);
		Distribution split = SurveyMath.distribution(tally);
		assertThat(split.satisfied()).isEqualTo("92.87");
		assertThat(split.neutral()).isEqualTo("6.93");
		assertThat(split.dissatisfied()).isEqualTo("0.20");
		SurveyIndex index = SurveyMath.index(tally, IndexFormula.SATISFIED_SHARE);
		assertThat(index.value()).isEqualTo("92.87");
		assertThat(index.answers()).isEqualTo(10_000);
		assertThat(index.low()).isEqualTo("92.35");
		assertThat(index.high()).isEqualTo("93.36");
	}

	/** Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3 (Wilson). */
	@ParameterizedTest
	@CsvSource({ "81, 263, 25.53, 36.62", "15, 148, 6.24, 16.05", "0, 20, 0.00, 16.11", "1, 29, 0.61, 17.18" })
	void wilsonIntervalsMatchNewcombesTable(long satisfied, long answers, String low, String high) {
		SurveyIndex index = SurveyMath.index(Tally.of(answers - satisfied, 0, 0, satisfied, 0),
				IndexFormula.SATISFIED_SHARE);
		assertThat(index.low()).isEqualTo(low);
		assertThat(index.high()).isEqualTo(high);
		assertThat(index.value()).isBetween(new BigDecimal(low), new BigDecimal(high));
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, 0, 0, 7, 100.00", "7, 0, 0, 0, 0, 0.00", "0, 0, 7, 0, 0, 50.00", "1, 1, 1, 1, 1, 50.00",
			"0, 0, 0, 1, 1, 87.50", "0, 1, 0, 0, 2, 75.00" })
	void theMeanScaledRunsFrom0At1To100At5(long one, long two, long three, long four, long five, String value) {
		SurveyIndex index = SurveyMath.index(Tally.of(one, two, three, four, five), IndexFormula.MEAN_SCALED);
		assertThat(index.value()).isEqualTo(value);
		assertThat(index.low()).isLessThanOrEqualTo(index.value());
		assertThat(index.high()).isGreaterThanOrEqualTo(index.value());
	}

	@Test
	void theMeanScaledIntervalNarrowsWithMoreAnswers() {
		SurveyIndex few = SurveyMath.index(Tally.of(1, 1, 2, 3, 3), IndexFormula.MEAN_SCALED);
		SurveyIndex many = SurveyMath.index(Tally.of(100, 100, 200, 300, 300), IndexFormula.MEAN_SCALED);
		assertThat(many.value()).isEqualTo(few.value()).isEqualTo("65.00");
		assertThat(many.high().subtract(many.low())).isLessThan(few.high().subtract(few.low()));
		assertThat(SurveyMath.index(Tally.of(0, 0, 9, 0, 0), IndexFormula.MEAN_SCALED).low()).isEqualTo("50.00");
	}

	@Test
	void noAnswersGiveZeroesRatherThanADivisionByZero() {
		Tally none = Tally.of(0, 0, 0, 0, 0);
		assertThat(SurveyMath.index(none, IndexFormula.SATISFIED_SHARE).value()).isEqualTo("0.00");
		assertThat(SurveyMath.index(none, IndexFormula.MEAN_SCALED).answers()).isZero();
		assertThat(SurveyMath.distribution(none).satisfied()).isEqualTo("0.00");
	}

	@ParameterizedTest
	@CsvSource({ "12000, 388", "100, 80", "1000000, 400", "1, 1", "0, 0" })
	void theSampleIsNOver1PlusNeSquaredRoundedUp(long dossiers, long sample) {
		assertThat(SurveyMath.sampleSize(dossiers, SurveyMath.DEFAULT_MARGIN)).isEqualTo(sample);
	}

	@Test
	void aSurveyLeafGetsMaxTimesTheIndexAndAWeightedQuestionMaxTimesTheMeanWeight() {
		assertThat(SurveyMath.leafPoints(new BigDecimal("30"), new BigDecimal("92.87"))).isEqualTo("27.86");
		assertThat(SurveyMath.leafPoints(new BigDecimal("2.5"), new BigDecimal("100.00"))).isEqualTo("2.50");
		assertThat(SurveyMath.weightedPoints(new BigDecimal("2"),
				List.of(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("20"), BigDecimal.ZERO)))
			.isEqualTo("0.90");
		assertThat(SurveyMath.weightedPoints(new BigDecimal("2"), List.of())).isEqualTo("0.00");
	}

	@Test
	void aTallyHasFiveCountsOfZeroOrMore() {
		assertThatThrownBy(() -> new Tally(new long[] { 1, 2, 3 })).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Tally.of(1, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Tally.of(1, 2, 3, 4, 5).plus(Tally.of(1, 1, 1, 1, 1))).isEqualTo(Tally.of(2, 3, 4, 5, 6));
	}

}
