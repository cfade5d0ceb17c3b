package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.Band;
import vn.parindex.framework.BonusStage;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.parindex.scoring.ScoringFixtures.extra;
import static vn.parindex.scoring.ScoringFixtures.field;
import static vn.parindex.scoring.ScoringFixtures.framework;
import static vn.parindex.scoring.ScoringFixtures.leaf;
import static vn.parindex.scoring.ScoringFixtures.settings;
import static vn.parindex.scoring.ScoringFixtures.single;
import static vn.parindex.scoring.ScoringFixtures.unit;
import static vn.parindex.scoring.ScoringFixtures.units;

class ResultCalculatorTests {

	static final FrameworkSettings NO_TIE_BREAK = settings(BonusStage.AFTER_PERCENT, true, "0", "0");

	static final FrameworkDefinition SINGLE = single(NO_TIE_BREAK, ScoringFixtures.defaultBands());

	final ResultCalculator calculator = new ResultCalculator();

	@Test
	void notApplicableLeavesLeaveBothThePointsAndTheMaximum() {
		FrameworkDefinition framework = framework(NO_TIE_BREAK, field("1", "50"),
				leaf("1.1", "20", Source.SELF_ASSESSMENT), leaf("1.2", "30", Source.SELF_ASSESSMENT), field("2", "10"),
				leaf("2.1", "10", Source.SURVEY));
		UnitResult result = only(unit(1, 1, framework, "1.1", "18", "1.2", "27.5", "2.1", "N/A"));
		assertThat(result.points()).isEqualTo("45.50");
		assertThat(result.applicableMax()).isEqualTo("50.00");
		assertThat(result.percent()).isEqualTo("91.00");
		assertThat(result.fields())
			.extracting(FieldResult::code, FieldResult::points, FieldResult::max, FieldResult::percent)
			.containsExactly(tuple("1", dec("45.50"), dec("50.00"), dec("91.00")),
					tuple("2", dec("0.00"), dec("0.00"), null));
	}

	@Test
	void aLeafWithoutAFinalScoreCountsZeroOfItsMaximum() {
		FrameworkDefinition framework = framework(NO_TIE_BREAK, field("1", "60"),
				leaf("1.1", "20", Source.SELF_ASSESSMENT), leaf("1.2", "30", Source.SELF_ASSESSMENT),
				leaf("1.3", "10", Source.IMPORTED));
		UnitResult result = only(unit(1, 1, framework, "1.1", null, "1.2", "27.5"));
		assertThat(result.points()).isEqualTo("27.50");
		assertThat(result.applicableMax()).isEqualTo("60.00");
		assertThat(result.percent()).isEqualTo("45.83");
	}

	@Test
	void equalUnitsShareARankAndTheNextRankSkips() {
		PeriodResults results = compute(units(SINGLE, 1, 1, "80", "90", "95", "90"));
		assertThat(results.units()).extracting(UnitResult::unitId, UnitResult::rank, UnitResult::rankedCount)
			.containsExactly(tuple(3L, 1, 4), tuple(2L, 2, 4), tuple(4L, 2, 4), tuple(1L, 4, 4));
	}

	@Test
	void tiesAreBrokenBySelfAssessmentPartThenFieldOne() {
		List<UnitScores> units = tieUnits(
				settings(BonusStage.AFTER_PERCENT, true, "0", "0", "SELF_ASSESSMENT_PART", "FIELD:1"));
		assertThat(compute(units).units()).extracting(UnitResult::unitId, UnitResult::percent, UnitResult::rank)
			.containsExactly(tuple(4L, dec("80.00"), 1), tuple(3L, dec("80.00"), 2), tuple(1L, dec("80.00"), 3),
					tuple(2L, dec("80.00"), 3));
		assertThat(compute(tieUnits(NO_TIE_BREAK)).units()).extracting(UnitResult::rank).containsOnly(1);
	}

	/** Four units at 80 %: 4 has the most self-assessed points, 3 the best field 1. */
	private static List<UnitScores> tieUnits(FrameworkSettings settings) {
		FrameworkDefinition framework = framework(settings, field("1", "60"), leaf("1.1", "40", Source.SELF_ASSESSMENT),
				leaf("1.2", "20", Source.IMPORTED), field("2", "40"), leaf("2.1", "20", Source.SELF_ASSESSMENT),
				leaf("2.2", "20", Source.SURVEY));
		return List.of(unit(1, 1, framework, "1.1", "40", "1.2", "10", "2.1", "15", "2.2", "15"),
				unit(2, 1, framework, "1.1", "35", "1.2", "15", "2.1", "20", "2.2", "10"),
				unit(3, 1, framework, "1.1", "40", "1.2", "20", "2.1", "15", "2.2", "5"),
				unit(4, 1, framework, "1.1", "40", "1.2", "5", "2.1", "20", "2.2", "15"));
	}

	@Test
	void aUnitScoredButNotRankedHasNoRankAndDoesNotCountInOthers() {
		List<UnitScores> units = new ArrayList<>(units(SINGLE, 1, 1, "70", "80", "75"));
		units.add(unit(9, 1, false, SINGLE, "1.1", "99"));
		PeriodResults results = compute(units);
		assertThat(results.units()).extracting(UnitResult::unitId, UnitResult::rank, UnitResult::rankedCount)
			.containsExactly(tuple(2L, 1, 3), tuple(3L, 2, 3), tuple(1L, 3, 3), tuple(9L, null, 3));
		assertThat(results.unit(9).orElseThrow().percent()).isEqualTo("99.00");
		GroupFigures group = results.group(1).orElseThrow();
		assertThat(group.units()).isEqualTo(3);
		assertThat(group.highestUnitId()).isEqualTo(2L);
		assertThat(group.average()).isEqualTo("75.00");
	}

	@Test
	void bonusAndPenaltyAfterThePercentAreAddedToIt() {
		UnitResult result = only(bonusUnit(settings(BonusStage.AFTER_PERCENT, true, "3", "2"), "45", "1", "1", "-0.5"));
		assertThat(result.points()).isEqualTo("45.00");
		assertThat(result.bonus()).isEqualTo("2.00");
		assertThat(result.penalty()).isEqualTo("-0.50");
		assertThat(result.percent()).isEqualTo("91.50");
		assertThat(result.fields())
			.extracting(FieldResult::code, FieldResult::points, FieldResult::max, FieldResult::percent)
			.containsExactly(tuple("1", dec("45.00"), dec("50.00"), dec("90.00")), tuple("2", dec("2.00"), null, null),
					tuple("3", dec("-0.50"), null, null));
	}

	@Test
	void bonusAndPenaltyBeforeThePercentAreAddedToThePoints() {
		UnitResult result = only(
				bonusUnit(settings(BonusStage.BEFORE_PERCENT, true, "3", "2"), "45", "1", "1", "-0.5"));
		assertThat(result.percent()).isEqualTo("93.00");
		assertThat(result.points()).isEqualTo("45.00");
	}

	@Test
	void bonusAndPenaltyAreCappedByTheFramework() {
		UnitResult result = only(bonusUnit(settings(BonusStage.AFTER_PERCENT, true, "3", "2"), "40", "2", "2", "-5"));
		assertThat(result.bonus()).isEqualTo("3.00");
		assertThat(result.penalty()).isEqualTo("-2.00");
		assertThat(result.percent()).isEqualTo("81.00");
	}

	@Test
	void theResultIsCappedAtTheScaleOnlyWhenTheFrameworkSaysSo() {
		assertThat(only(bonusUnit(settings(BonusStage.AFTER_PERCENT, true, "3", "3"), "49", "2", "1", "0")).percent())
			.isEqualTo("100.00");
		assertThat(only(bonusUnit(settings(BonusStage.AFTER_PERCENT, false, "3", "3"), "49", "2", "1", "0")).percent())
			.isEqualTo("101.00");
		assertThat(only(bonusUnit(settings(BonusStage.BEFORE_PERCENT, false, "3", "3"), "49", "2", "1", "0")).percent())
			.isEqualTo("104.00");
		assertThat(only(bonusUnit(settings(BonusStage.AFTER_PERCENT, true, "3", "3"), "1", "0", "0", "-3")).percent())
			.isEqualTo("0.00");
	}

	private static UnitScores bonusUnit(FrameworkSettings settings, String points, String bonus1, String bonus2,
			String penalty) {
		FrameworkDefinition framework = framework(settings, field("1", "50"), leaf("1.1", "50", Source.SELF_ASSESSMENT),
				field("2", null), extra("2.1", Source.BONUS), extra("2.2", Source.BONUS), field("3", null),
				extra("3.1", Source.PENALTY));
		return unit(1, 1, framework, "1.1", points, "2.1", bonus1, "2.2", bonus2, "3.1", penalty);
	}

	@Test
	void inclusiveBoundsBelongToTheBandAbove() {
		FrameworkDefinition framework = single(NO_TIE_BREAK, reversed(ScoringFixtures.defaultBands()));
		assertThat(bands(framework, "90", "89.99", "80", "79.99", "50", "49.99", "0", "100"))
			.containsExactly("XUAT_SAC", "TOT", "TOT", "KHA", "TRUNG_BINH", "YEU", "YEU", "XUAT_SAC");
		assertThat(compute(units(framework, 1, 1, "90")).unit(1).orElseThrow().band().labelVi()).isEqualTo("Xuất sắc");
	}

	@Test
	void exclusiveBoundsBelongToTheBandBelow() {
		List<Band> bands = List.of(new Band("A", "Xuất sắc", "Excellent", new BigDecimal("90"), false),
				new Band("B", "Tốt", "Good", new BigDecimal("80"), false),
				new Band("C", "Khác", "Other", BigDecimal.ZERO, true));
		assertThat(bands(single(NO_TIE_BREAK, bands), "90.01", "90", "80.01", "80", "0")).containsExactly("A", "B", "B",
				"C", "C");
	}

	private static List<Band> reversed(List<Band> bands) {
		List<Band> reversed = new ArrayList<>(bands);
		Collections.reverse(reversed);
		return reversed;
	}

	private List<String> bands(FrameworkDefinition framework, String... percents) {
		return compute(units(framework, 1, 1, percents)).units()
			.stream()
			.sorted(Comparator.comparingLong(UnitResult::unitId))
			.map((result) -> result.band().code())
			.toList();
	}

	@Test
	void yearOverYearFollowsOneToOneLineageOnly() {
		List<UnitScores> units = new ArrayList<>(units(SINGLE, 1, 1, "95", "80", "70", "60"));
		units.add(unit(5, 1, false, SINGLE, "1.1", "50"));
		Map<Long, PreviousResult> previous = Map.of(1L, previous("90", 3), 2L, previous("85", 1), 3L, previous("65", 4),
				5L, previous("40", 2));
		PeriodResults results = this.calculator.compute(units, previous, Set.of(3L));
		assertThat(results.units()).extracting(UnitResult::unitId, UnitResult::change)
			.containsExactly(tuple(1L, new Change(ChangeKind.COMPARED, dec("5.00"), dec("5.00"), 2)),
					tuple(2L, new Change(ChangeKind.COMPARED, dec("-5.00"), dec("-5.00"), -1)),
					tuple(3L, Change.notComparable()), tuple(4L, Change.noPrevious()),
					tuple(5L, new Change(ChangeKind.COMPARED, dec("10.00"), dec("10.00"), null)));
		assertThat(results.unit(3).orElseThrow().change().comparable()).isFalse();
	}

	private static PreviousResult previous(String percent, Integer rank) {
		return new PreviousResult(new BigDecimal(percent), new BigDecimal(percent), rank, 4);
	}

	@Test
	void lostPointsAreSortedByPointsLostThenByCode() {
		FrameworkDefinition framework = framework(NO_TIE_BREAK, field("1", "45"),
				leaf("1.1", "10", Source.SELF_ASSESSMENT), leaf("1.2", "20", Source.SELF_ASSESSMENT),
				leaf("1.10", "5", Source.SELF_ASSESSMENT), field("2", "30"), leaf("2.1", "10", Source.SURVEY),
				leaf("2.2", "10", Source.IMPORTED), leaf("2.3", "10", Source.SELF_ASSESSMENT));
		UnitResult result = only(
				unit(1, 1, framework, "1.10", "2", "1.2", "17", "1.1", "7", "2.1", "N/A", "2.2", null, "2.3", "10"));
		assertThat(result.lost()).extracting(LostPoints::code, LostPoints::max, LostPoints::points, LostPoints::lost)
			.containsExactly(tuple("2.2", dec("10.00"), null, dec("10.00")),
					tuple("1.1", dec("10.00"), dec("7.00"), dec("3.00")),
					tuple("1.2", dec("20.00"), dec("17.00"), dec("3.00")),
					tuple("1.10", dec("5.00"), dec("2.00"), dec("3.00")));
	}

	@Test
	void groupFiguresCoverEachPeerGroupsRankedUnits() {
		List<UnitScores> units = new ArrayList<>(units(SINGLE, 2, 1, "60", "95", "85", "90"));
		units.addAll(units(SINGLE, 1, 11, "70.01", "70.02", "99"));
		units.add(unit(21, 3, false, SINGLE, "1.1", "91"));
		List<GroupFigures> groups = compute(units).groups();
		assertThat(groups).extracting(GroupFigures::peerGroupId).containsExactly(1L, 2L, 3L);
		GroupFigures even = groups.get(1);
		assertThat(even)
			.extracting(GroupFigures::units, GroupFigures::average, GroupFigures::median, GroupFigures::highestUnitId,
					GroupFigures::lowestUnitId)
			.containsExactly(4, dec("82.50"), dec("87.50"), 2L, 1L);
		assertThat(even.perBand()).containsExactly(Map.entry("XUAT_SAC", 2), Map.entry("TOT", 1), Map.entry("KHA", 0),
				Map.entry("TRUNG_BINH", 1), Map.entry("YEU", 0));
		assertThat(groups.get(0)).extracting(GroupFigures::median, GroupFigures::average, GroupFigures::highestUnitId)
			.containsExactly(dec("70.02"), dec("79.68"), 13L);
		GroupFigures unranked = groups.get(2);
		assertThat(unranked)
			.extracting(GroupFigures::units, GroupFigures::average, GroupFigures::median, GroupFigures::highestUnitId)
			.containsExactly(0, null, null, null);
		assertThat(unranked.perBand().values()).hasSize(5).containsOnly(0);
	}

	@Test
	void anEvenMedianIsTheRoundedMeanOfTheTwoMiddleValues() {
		GroupFigures group = compute(units(SINGLE, 1, 1, "70.01", "70.02")).groups().get(0);
		assertThat(group.median()).isEqualTo("70.02");
		assertThat(compute(units(SINGLE, 1, 1, "70", "80", "70", "99")).groups().get(0).median()).isEqualTo("75.00");
	}

	private PeriodResults compute(List<UnitScores> units) {
		return this.calculator.compute(units, Map.of(), Set.of());
	}

	private UnitResult only(UnitScores unit) {
		return compute(List.of(unit)).units().get(0);
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
