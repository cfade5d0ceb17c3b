package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.survey.CampaignResults;
import vn.parindex.survey.Distribution;
import vn.parindex.survey.IndexFormula;
import vn.parindex.survey.SurveyFeed.PeriodSurvey;
import vn.parindex.survey.SurveyIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey part of a publication: competition ranking per group with ties, units
 * without answers last and unranked, the group mean, the change from last year through
 * the lineage, and weighted forms told apart.
 */
class SurveyRankingTests {

	private static final CycleView.UnitGroup GROUP = new CycleView.UnitGroup(7, "SO", "Sở, ngành", "Departments",
			List.of(new CycleView.UnitEntry(1, "SNV", "Sở Nội vụ", true),
					new CycleView.UnitEntry(2, "STP", "Sở Tư pháp", true),
					new CycleView.UnitEntry(3, "SYT", "Sở Y tế", true),
					new CycleView.UnitEntry(4, "SXD", "Sở Xây dựng", true),
					new CycleView.UnitEntry(5, "SCT", "Sở Công Thương", true)));

	private static final CycleView PERIOD = new CycleView(9, 2025, "Kỳ 2025", CycleStatus.CLOSED, 0, Instant.EPOCH,
			Instant.EPOCH, Instant.EPOCH, List.of(), List.of(), null, 5, List.of(GROUP), List.of(), null);

	@Test
	void equalIndexesShareARankAndUnitsWithoutAnswersComeLastUnranked() {
		List<PeriodSurvey> surveys = List.of(sipas(1, "96.50"), sipas(2, "98.00"), sipas(3, "96.50"), sipas(4, "90.00"),
				sipas(5, null));

		ResultsSnapshot.Survey survey = SurveyRanking.build(surveys, PERIOD, none()).get(0);

		assertThat(survey.instrument()).isEqualTo("SIPAS");
		assertThat(survey.weighted()).isFalse();
		ResultsSnapshot.SurveyGroup group = survey.groups().get(0);
		assertThat(group.units()).extracting(ResultsSnapshot.SurveyUnit::code)
			.containsExactly("STP", "SNV", "SYT", "SXD", "SCT");
		assertThat(group.units()).extracting(ResultsSnapshot.SurveyUnit::rank).containsExactly(1, 2, 2, 4, null);
		assertThat(group.average()).as("(98 + 96,5 + 96,5 + 90) ÷ 4").isEqualByComparingTo("95.25");
	}

	@Test
	void theChangeComesFromLastYearsIndexOfTheUnitOrItsRenamedPredecessor() {
		ResultsSnapshot earlier = snapshot(List.of(unit(1, "95.00"), unit(40, "97.00")));
		PreviousYear.Found found = new PreviousYear.Found(Map.of(), Set.of(3L), Map.of(1L, 1L, 2L, 40L), earlier);

		List<ResultsSnapshot.SurveyUnit> units = SurveyRanking
			.build(List.of(sipas(1, "96.50"), sipas(2, "96.00"), sipas(3, "99.00")), PERIOD, found)
			.get(0)
			.groups()
			.get(0)
			.units();

		assertThat(units).extracting(ResultsSnapshot.SurveyUnit::code).containsExactly("SYT", "SNV", "STP");
		assertThat(units.get(0).change()).as("SYT was formed by a merger: not comparable").isNull();
		assertThat(units.get(1).change()).isEqualByComparingTo("1.50");
		assertThat(units.get(2).change()).as("STP against its renamed predecessor 40").isEqualByComparingTo("-1.00");
	}

	@Test
	void aFormOfWeightedQuestionsRanksByItsMeanWeight() {
		PeriodSurvey form = new PeriodSurvey(20, 1, "phieu_02-2025", "Phiếu 02", IndexFormula.SATISFIED_SHARE,
				Instant.EPOCH, results(null, new BigDecimal("72.40")));

		ResultsSnapshot.Survey survey = SurveyRanking.build(List.of(form), PERIOD, none()).get(0);

		assertThat(survey.instrument()).isEqualTo("phieu_02");
		assertThat(survey.weighted()).isTrue();
		ResultsSnapshot.SurveyUnit unit = survey.groups().get(0).units().get(0);
		assertThat(unit.index()).isEqualByComparingTo("72.40");
		assertThat(unit.low()).isNull();
		assertThat(unit.satisfied()).isNull();
	}

	private static PeriodSurvey sipas(long unitId, String index) {
		return new PeriodSurvey(unitId, unitId, "SIPAS-2017", "SIPAS", IndexFormula.SATISFIED_SHARE, Instant.EPOCH,
				results((index != null) ? new BigDecimal(index) : null, null));
	}

	private static CampaignResults results(BigDecimal index, BigDecimal meanWeight) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		BigDecimal value = (index != null) ? index : zero;
		SurveyIndex overall = new SurveyIndex(value, value.subtract(BigDecimal.ONE), value.add(BigDecimal.ONE),
				(index != null) ? 400 : 0);
		return new CampaignResults(overall, new Distribution(value, zero, zero), List.of(), 400, 388, List.of(),
				meanWeight);
	}

	private static PreviousYear.Found none() {
		return new PreviousYear.Found(Map.of(), Set.of(), Map.of(), null);
	}

	private static ResultsSnapshot.SurveyUnit unit(long unitId, String index) {
		return new ResultsSnapshot.SurveyUnit(unitId, "U" + unitId, "Đơn vị " + unitId, 1, new BigDecimal(index), null,
				null, 400, 388, null, null, null, null, List.of());
	}

	private static ResultsSnapshot snapshot(List<ResultsSnapshot.SurveyUnit> units) {
		ResultsSnapshot.Survey survey = new ResultsSnapshot.Survey("SIPAS", "SIPAS", false,
				List.of(new ResultsSnapshot.SurveyGroup(7, "Sở, ngành", null, units)));
		return new ResultsSnapshot(8, 2024, "Kỳ 2024", 1, new ResultsSnapshot.Decision("1/QĐ", LocalDate.EPOCH, "A"),
				Instant.EPOCH, null, List.of(), List.of(survey));
	}

}
