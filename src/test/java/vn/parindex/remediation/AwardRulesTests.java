package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.parindex.scoring.Change;
import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.GroupFigures;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The award rules on hand-made results: first in group (ties included), the index and
 * field thresholds, the penalty exclusion, the first matching rule, and the reasons.
 */
class AwardRulesTests {

	static final AwardRule FLAG = AwardRule.DEFAULTS.get(0);

	static final AwardRule MERIT = AwardRule.DEFAULTS.get(1);

	@Test
	void theFirstOfEachGroupGetsTheFlagWithItsRankAsReason() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "95.50", 1, 3, "0", "96", "90"),
				unit(12, "Sở B", "92.00", 2, 3, "0", "92", "85"), unit(13, "Sở C", "70.00", 3, 3, "0", "70", "60")),
				group(2, "Huyện, thành phố", unit(21, "Huyện X", "88.00", 1, 2, "0", "88", "70"),
						unit(22, "Huyện Y", "80.00", 2, 2, "0", "80", "75")));

		AwardEvaluation evaluation = AwardRules.evaluate(AwardRule.DEFAULTS, snapshot);

		assertThat(evaluation.candidates()).extracting(AwardCandidate::unitId, AwardCandidate::award)
			.containsExactly(tuple(11L, FLAG.award()), tuple(12L, MERIT.award()), tuple(21L, FLAG.award()));
		assertThat(evaluation.candidate(11).orElseThrow().reason()).isEqualTo("Hạng 1/3 nhóm Sở, ban, ngành");
		assertThat(evaluation.candidate(12).orElseThrow().reason())
			.isEqualTo("Đạt 92,00% (≥ 90%); lĩnh vực thấp nhất 85,00% (≥ 80%)");
		assertThat(evaluation.exclusions()).isEmpty();
	}

	@Test
	void unitsTiedAtRankOneAllGetTheFlag() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "93.00", 1, 3, "0", "93"),
				unit(12, "Sở B", "93.00", 1, 3, "0", "93"), unit(13, "Sở C", "93.00", 3, 3, "0", "93")));

		AwardEvaluation evaluation = AwardRules.evaluate(List.of(FLAG), snapshot);

		assertThat(evaluation.candidates()).extracting(AwardCandidate::unitId).containsExactly(11L, 12L);
	}

	@Test
	void aFieldBelowTheMinimumExcludesAHighIndex() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "97.00", 1, 3, "0", "99"),
				unit(12, "Sở B", "93.00", 2, 3, "0", "98", "79.99"), unit(13, "Sở C", "89.99", 3, 3, "0", "95", "95")));

		AwardEvaluation evaluation = AwardRules.evaluate(List.of(MERIT), snapshot);

		assertThat(evaluation.candidates()).extracting(AwardCandidate::unitId).containsExactly(11L);
	}

	@Test
	void fieldsWithoutAPercentAreNotChecked() {
		ResultsSnapshot snapshot = snapshot(
				group(1, "Sở, ban, ngành", unit(11, "Sở A", "91.00", 2, 3, "0", "91", null)));

		AwardEvaluation evaluation = AwardRules.evaluate(List.of(MERIT), snapshot);

		assertThat(evaluation.candidate(11).orElseThrow().reason())
			.isEqualTo("Đạt 91,00% (≥ 90%); lĩnh vực thấp nhất 91,00% (≥ 80%)");
	}

	@Test
	void aPenaltyExcludesTheUnitAndIsNoted() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "96.00", 1, 2, "-1.5", "96"),
				unit(12, "Sở B", "85.00", 2, 2, "0", "85")));

		AwardEvaluation evaluation = AwardRules.evaluate(AwardRule.DEFAULTS, snapshot);

		assertThat(evaluation.candidates()).isEmpty();
		assertThat(evaluation.exclusions()).singleElement().satisfies((exclusion) -> {
			assertThat(exclusion.unitId()).isEqualTo(11L);
			assertThat(exclusion.award()).isEqualTo(FLAG.award());
			assertThat(exclusion.penalty()).isEqualByComparingTo("-1.5");
		});
	}

	@Test
	void aRuleThatAllowsPenaltiesStillAwardsThePenalisedUnit() {
		AwardRule lenient = new AwardRule(0, 2, "Giấy khen", false, new BigDecimal("90"), null, false, 0);
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "96.00", 1, 2, "-1", "96")));

		AwardEvaluation evaluation = AwardRules.evaluate(List.of(FLAG, lenient), snapshot);

		assertThat(evaluation.candidate(11).orElseThrow().award()).isEqualTo("Giấy khen");
		assertThat(evaluation.exclusions()).isEmpty();
	}

	@Test
	void theFirstMatchingRuleInPositionOrderWins() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "96.00", 1, 2, "0", "96")));

		assertThat(AwardRules.evaluate(List.of(FLAG, MERIT), snapshot).candidate(11).orElseThrow().award())
			.isEqualTo(FLAG.award());
		assertThat(AwardRules.evaluate(List.of(MERIT, FLAG), snapshot).candidate(11).orElseThrow().award())
			.isEqualTo(MERIT.award());
	}

	@Test
	void anUnrankedUnitIsNeverFirstInItsGroup() {
		ResultsSnapshot snapshot = snapshot(group(1, "Sở, ban, ngành", unit(11, "Sở A", "99.00", null, 0, "0", "99")));

		assertThat(AwardRules.evaluate(List.of(FLAG), snapshot).candidates()).isEmpty();
		assertThat(AwardRules.evaluate(List.of(MERIT), snapshot).candidates()).hasSize(1);
	}

	@Test
	void aRuleCombiningConditionsGivesEveryReason() {
		AwardRule both = new AwardRule(0, 1, "Cờ", true, new BigDecimal("95.5"), null, true, 0);
		ResultsSnapshot snapshot = snapshot(group(1, "Huyện", unit(11, "Huyện A", "95.50", 1, 12, "0", "95.5"),
				unit(12, "Huyện B", "95.40", 1, 12, "0", "95.4")));

		AwardEvaluation evaluation = AwardRules.evaluate(List.of(both), snapshot);

		assertThat(evaluation.candidates()).singleElement()
			.extracting(AwardCandidate::reason)
			.isEqualTo("Hạng 1/12 nhóm Huyện; đạt 95,50% (≥ 95,5%)");
	}

	@Test
	void aRuleWithoutConditionGivesNothing() {
		AwardRule none = new AwardRule(0, 1, "Cờ", false, null, null, true, 0);
		ResultsSnapshot snapshot = snapshot(group(1, "Huyện", unit(11, "Huyện A", "95.50", 1, 1, "0", "95.5")));

		assertThat(AwardRules.evaluate(List.of(none), snapshot).candidates()).isEmpty();
	}

	static ResultsSnapshot snapshot(ResultsSnapshot.Group... groups) {
		return new ResultsSnapshot(1, 2023, "Kỳ 2023", 1,
				new ResultsSnapshot.Decision("1/QĐ", LocalDate.of(2024, 1, 31), "Người ký"), Instant.EPOCH, null,
				List.of(groups), List.of());
	}

	static ResultsSnapshot.Group group(long id, String name, UnitResult... units) {
		return new ResultsSnapshot.Group(id, name, new GroupFigures(id, units.length, null, null, Map.of(), null, null),
				List.of(),
				Arrays.stream(units)
					.map((unit) -> new ResultsSnapshot.Unit("U" + unit.unitId(), withGroup(unit, id), List.of()))
					.toList());
	}

	static UnitResult unit(long id, String name, String percent, @Nullable Integer rank, int rankedCount,
			String penalty, @Nullable String... fieldPercents) {
		List<FieldResult> fields = Arrays.stream(fieldPercents)
			.map((field) -> new FieldResult("F", "Lĩnh vực", BigDecimal.ONE, (field != null) ? BigDecimal.TEN : null,
					(field != null) ? new BigDecimal(field) : null))
			.toList();
		return new UnitResult(id, name, 0, new BigDecimal(percent), BigDecimal.valueOf(100), new BigDecimal(percent),
				BigDecimal.ZERO, new BigDecimal(penalty), fields, rank, rankedCount, null, Change.noPrevious(),
				List.of());
	}

	static UnitResult withGroup(UnitResult unit, long groupId) {
		return new UnitResult(unit.unitId(), unit.unitName(), groupId, unit.points(), unit.applicableMax(),
				unit.percent(), unit.bonus(), unit.penalty(), unit.fields(), unit.rank(), unit.rankedCount(),
				unit.band(), unit.change(), unit.lost());
	}

}
