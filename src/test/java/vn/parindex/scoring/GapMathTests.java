package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.Band;
import vn.parindex.framework.BonusStage;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.scoring.ScoringFixtures.extra;
import static vn.parindex.scoring.ScoringFixtures.field;
import static vn.parindex.scoring.ScoringFixtures.framework;
import static vn.parindex.scoring.ScoringFixtures.leaf;
import static vn.parindex.scoring.ScoringFixtures.settings;
import static vn.parindex.scoring.ScoringFixtures.single;
import static vn.parindex.scoring.ScoringFixtures.unit;
import static vn.parindex.scoring.ScoringFixtures.units;

/**
 * The arithmetic of the gap analysis and the simulator, without Spring: next band, units
 * to pass with competition ranking, rounding, bonus and penalty left as they are.
 */
class GapMathTests {

	static final FrameworkSettings PLAIN = settings(BonusStage.AFTER_PERCENT, true, "5", "20");

	static final FrameworkDefinition SINGLE = single(PLAIN, ScoringFixtures.defaultBands());

	@Test
	void theNextBandNeedsThePointsToItsInclusiveBound() {
		Gaps.BandGap gap = GapMath.nextBand(tally(group(SINGLE, "85.5"), 1));
		assertThat(gap.band().code()).isEqualTo("XUAT_SAC");
		assertThat(gap.points()).isEqualByComparingTo("4.50");
	}

	@Test
	void aNonInclusiveBoundNeedsOneStepMore() {
		List<Band> bands = List.of(new Band("A", "Xuất sắc", "Excellent", new BigDecimal("90"), false),
				new Band("B", "Tốt", "Good", new BigDecimal("80"), false),
				new Band("C", "Khá", "Fair", BigDecimal.ZERO, true));
		FrameworkDefinition framework = single(PLAIN, bands);
		assertThat(GapMath.nextBand(tally(group(framework, "85.5"), 1)).points()).isEqualByComparingTo("4.51");
		assertThat(GapMath.nextBand(tally(group(framework, "80"), 1)).band().code()).isEqualTo("B");
		assertThat(GapMath.nextBand(tally(group(framework, "80"), 1)).points()).isEqualByComparingTo("0.01");
		assertThat(GapMath.nextBand(tally(group(framework, "95"), 1))).isNull();
	}

	@Test
	void bonusAndPenaltyStayAsPublished() {
		FrameworkDefinition framework = withExtras();
		SimulatedGroup group = new SimulatedGroup(FrameworkPlan.of(framework),
				List.of(unit(1, 1, framework, "1.1", "80", "9.1", "15"), unit(2, 1, framework, "1.1", "85", "8.1", "3"),
						unit(3, 1, framework, "1.1", "97", "9.1", "15")),
				Map.of());
		assertThat(tally(group, 1).percent()).isEqualByComparingTo("65");
		assertThat(GapMath.nextBand(tally(group, 1)).band().code()).isEqualTo("KHA");
		assertThat(GapMath.nextBand(tally(group, 1)).points()).isEqualByComparingTo("5.00");
		assertThat(tally(group, 2).percent()).isEqualByComparingTo("88");
		assertThat(GapMath.nextBand(tally(group, 2)).points()).isEqualByComparingTo("2.00");
		assertThat(tally(group, 3).percent()).isEqualByComparingTo("82");
		Gaps.BandGap unreachable = GapMath.nextBand(tally(group, 3));
		assertThat(unreachable.band().code()).isEqualTo("XUAT_SAC");
		assertThat(unreachable.reachable()).isFalse();
	}

	@Test
	void pointsAreCountedInStepsOfTheFrameworksDecimalsAndThePercentIsRounded() {
		FrameworkDefinition twoDecimals = framework(PLAIN, field("1", "300"),
				leaf("1.1", "300", Source.SELF_ASSESSMENT));
		// 269.99 of 300 = 89.9967 %, which rounds to 90.00.
		assertThat(GapMath.nextBand(tally(group(twoDecimals, "260"), 1)).points()).isEqualByComparingTo("9.99");
		FrameworkSettings oneDecimal = new FrameworkSettings(new BigDecimal("100"), null, null, BigDecimal.ZERO,
				BigDecimal.ZERO, BonusStage.AFTER_PERCENT, true, 1, List.of());
		FrameworkDefinition framework = framework(oneDecimal, field("1", "300"),
				leaf("1.1", "300", Source.SELF_ASSESSMENT));
		// 269.9 of 300 = 89.967 %, which rounds to 90.0; 269.8 gives 89.9.
		assertThat(GapMath.nextBand(tally(group(framework, "260"), 1)).points()).isEqualByComparingTo("9.9")
			.extracting(BigDecimal::scale)
			.isEqualTo(1);
	}

	@Test
	void aUnitPassesAllTheUnitsTiedJustAboveIt() {
		SimulatedGroup group = group(SINGLE, "95", "90", "90", "80");
		Gaps.RankGap fourth = GapMath.rankGap(group, tally(group, 4));
		assertThat(fourth.standAlone()).isFalse();
		assertThat(fourth.peers()).extracting(Gaps.Peer::unitId).containsExactlyInAnyOrder(2L, 3L);
		assertThat(fourth.points()).isEqualByComparingTo("10.01");
		Gaps.RankGap second = GapMath.rankGap(group, tally(group, 2));
		assertThat(second.peers()).extracting(Gaps.Peer::unitId, Gaps.Peer::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1));
		assertThat(second.points()).isEqualByComparingTo("5.01");
		assertThat(GapMath.tied(group, tally(group, 2))).extracting(Gaps.Peer::unitId).containsExactly(3L);
		assertThat(GapMath.tied(group, tally(group, 4))).isEmpty();
	}

	@Test
	void aUnitFirstButTiedNeedsPointsToStandAloneAndOneFirstAloneNeedsNone() {
		SimulatedGroup tied = group(SINGLE, "95", "95", "80");
		Gaps.RankGap gap = GapMath.rankGap(tied, tally(tied, 1));
		assertThat(gap.standAlone()).isTrue();
		assertThat(gap.peers()).extracting(Gaps.Peer::unitId).containsExactly(2L);
		assertThat(gap.points()).isEqualByComparingTo("0.01");
		SimulatedGroup alone = group(SINGLE, "95", "90");
		assertThat(GapMath.rankGap(alone, tally(alone, 1))).isNull();
		SimulatedGroup full = group(SINGLE, "100", "100");
		assertThat(GapMath.rankGap(full, tally(full, 2)).reachable()).isFalse();
	}

	@Test
	void anUnrankedUnitHasNoOneToPass() {
		SimulatedGroup group = new SimulatedGroup(FrameworkPlan.of(SINGLE),
				List.of(unit(1, 1, SINGLE, "1.1", "95"), unit(2, 1, false, SINGLE, "1.1", "50")), Map.of());
		assertThat(GapMath.rankGap(group, tally(group, 2))).isNull();
		assertThat(GapMath.nextBand(tally(group, 2)).points()).isEqualByComparingTo("20.00");
	}

	@Test
	void extraPointsSpreadOverLostLeavesRecomputeTheSamePercent() {
		FrameworkDefinition framework = framework(PLAIN, field("1", "60"), leaf("1.1", "20", Source.SELF_ASSESSMENT),
				leaf("1.2", "30", Source.SELF_ASSESSMENT), leaf("1.3", "10", Source.SURVEY));
		SimulatedGroup group = new SimulatedGroup(FrameworkPlan.of(framework),
				List.of(unit(1, 1, framework, "1.1", "18", "1.2", "N/A", "1.3", "5")), Map.of());
		UnitTally tally = tally(group, 1);
		assertThat(GapMath.percentWith(tally, BigDecimal.ZERO)).isEqualByComparingTo(tally.percent());
		assertThat(GapMath.totalLost(tally.unit(), group.plan)).isEqualByComparingTo("7");
		assertThat(GapMath.percentWith(tally, new BigDecimal("7"))).isEqualByComparingTo("100");
		// 23 of 30 = 76.67 %; Tốt (80) needs 24 → 1.00; Xuất sắc (90) needs 27 → 4.00.
		assertThat(GapMath.nextBand(tally).points()).isEqualByComparingTo("1.00");
	}

	@Test
	void theSimulatorRecomputesTheUnitsRankWithTheOthersUnchanged() {
		SimulatedGroup group = group(SINGLE, "95", "90", "90", "80");
		UnitScores after = SimulatedPoints.apply(tally(group, 4).unit(), group.plan,
				Map.of("1.1", new BigDecimal("96")));
		SimulatedGroup changed = group.with(after);
		assertThat(group.standing(4).rank()).isEqualTo(4);
		assertThat(changed.standing(4).rank()).isEqualTo(1);
		assertThat(changed.standing(4).percent()).isEqualByComparingTo("96");
		assertThat(changed.standing(1).rank()).isEqualTo(2);
		assertThat(SimulatedPoints.changes(tally(group, 4).unit(), after, group.plan))
			.extracting(Simulation.LeafChange::code)
			.containsExactly("1.1");
	}

	@Test
	void theSimulatorRefusesPointsItCannotCount() {
		FrameworkDefinition framework = framework(PLAIN, field("1", "60"), leaf("1.1", "20", Source.SELF_ASSESSMENT),
				leaf("1.2", "40", Source.SELF_ASSESSMENT), field("8", null), extra("8.1", Source.BONUS));
		UnitScores unit = unit(1, 1, framework, "1.1", "18", "1.2", "N/A");
		FrameworkPlan plan = FrameworkPlan.of(framework);
		assertRejected(unit, plan, "1.1", "20.5", SimulatedPoints.RANGE);
		assertRejected(unit, plan, "1.1", "-1", SimulatedPoints.RANGE);
		assertRejected(unit, plan, "1.1", "19.125", SimulatedPoints.DECIMALS);
		assertRejected(unit, plan, "9.9", "1", SimulatedPoints.UNKNOWN);
		assertRejected(unit, plan, "8.1", "1", SimulatedPoints.UNKNOWN);
		assertRejected(unit, plan, "1.2", "10", SimulatedPoints.NOT_APPLICABLE);
		assertThat(
				SimulatedPoints.apply(unit, plan, Map.of("1.1", new BigDecimal("19.50"))).leaves().get("1.1").points())
			.isEqualByComparingTo("19.5");
	}

	private static void assertRejected(UnitScores unit, FrameworkPlan plan, String code, String points, String key) {
		assertThatThrownBy(() -> SimulatedPoints.apply(unit, plan, Map.of(code, new BigDecimal(points))))
			.isInstanceOfSatisfying(SimulationRejectedException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.arguments()[0]).isEqualTo(code);
			});
	}

	private static FrameworkDefinition withExtras() {
		return framework(PLAIN, field("1", "100"), leaf("1.1", "100", Source.SELF_ASSESSMENT), field("8", null),
				extra("8.1", Source.BONUS), field("9", null), extra("9.1", Source.PENALTY));
	}

	private static SimulatedGroup group(FrameworkDefinition framework, String... percents) {
		return new SimulatedGroup(FrameworkPlan.of(framework), units(framework, 1, 1, percents), Map.of());
	}

	private static UnitTally tally(SimulatedGroup group, long unitId) {
		return group.tally(unitId);
	}

}
