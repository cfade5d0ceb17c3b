package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every rule type against its boundaries, table by table.
 */
class RuleTests {

	private static final BigDecimal TWO = new BigDecimal("2");

	private static final BigDecimal THREE = new BigDecimal("3");

	/** 1.5 of the department framework: 100 → 3, 90–<100 → 2, 80–<90 → 1, else 0. */
	private static final TieredRule ON_TIME = new TieredRule(RuleType.TIERED_RATIO, "on time",
			List.of(Tier.of("100", null, "3"), Tier.of("90", "100", "2"), Tier.of("80", "90", "1")), BigDecimal.ZERO);

	@ParameterizedTest(name = "{0}/{1} → {2}")
	@CsvSource({ "100, 100, 3.00", "90, 100, 2.00", "89.99, 100, 1.00", "99.99, 100, 2.00", "80, 100, 1.00",
			"79.99, 100, 0.00", "0, 100, 0.00", "45, 50, 2.00", "9, 10, 2.00", "8, 9, 1.00", "120, 100, 3.00" })
	void tieredRatioPicksTheFirstMatchingTier(String numerator, String denominator, String points) {
		assertThat(ON_TIME.points(THREE, RuleInput.ratio(new BigDecimal(numerator), new BigDecimal(denominator))))
			.isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "{0} with bounds {1}/{2} → {3}")
	@CsvSource({ "90, true, false, 2", "90, false, false, 1", "100, true, false, 3", "100, true, true, 2" })
	void tierBoundsAreInclusiveOrExclusiveAsStated(String value, boolean fromInclusive, boolean toInclusive,
			String points) {
		TieredRule rule = new TieredRule(RuleType.TIERED_RATIO, null,
				List.of(new Tier(new BigDecimal("90"), fromInclusive, new BigDecimal("100"), toInclusive, TWO),
						new Tier(new BigDecimal("100"), !toInclusive, null, false, THREE),
						new Tier(new BigDecimal("80"), true, new BigDecimal("90"), !fromInclusive, BigDecimal.ONE)),
				BigDecimal.ZERO);
		assertThat(rule.points(THREE, RuleInput.value(new BigDecimal(value)))).isEqualByComparingTo(points);
	}

	@Test
	void tieredRatioRefusesAZeroDenominatorAndMissingInputs() {
		assertThatExceptionOfType(RuleInputException.class)
			.isThrownBy(() -> ON_TIME.points(THREE, RuleInput.ratio(BigDecimal.ONE, BigDecimal.ZERO)))
			.withMessage("framework.rule.denominator-not-positive");
		assertThatExceptionOfType(RuleInputException.class)
			.isThrownBy(() -> ON_TIME.points(THREE,
					new RuleInput(null, BigDecimal.ONE, null, null, null, null, Map.of(), null)))
			.satisfies((ex) -> assertThat(ex.arguments()).singleElement()
				.isInstanceOfSatisfying(org.springframework.context.MessageSourceResolvable.class,
						(name) -> assertThat(name.getCodes()).containsExactly("framework.input.denominator")));
		assertThatExceptionOfType(RuleInputException.class).isThrownBy(() -> ON_TIME.points(THREE, RuleInput.EMPTY))
			.withMessage("framework.rule.input-missing");
	}

	@ParameterizedTest(name = "{0} initiatives → {1}")
	@CsvSource({ "0, 0.00", "1, 1.00", "2, 2.00", "7, 2.00" })
	void countTiersMapsACountToPoints(int count, String points) {
		TieredRule rule = new TieredRule(RuleType.COUNT_TIERS, null,
				List.of(Tier.of("2", null, "2"), Tier.of("1", "2", "1")), BigDecimal.ZERO);
		assertThat(rule.points(TWO, RuleInput.count(count))).isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "value {0}, base {1}, target {2} → {3}")
	@CsvSource({ "50, 100, , 1.50", "100, 100, , 3.00", "150, 100, , 3.00", "0, 100, , 0.00", "40, 100, 80, 1.50",
			"80, 100, 80, 3.00", "95, 100, 80, 3.00", "33.333, 100, , 1.00", "66.67, 100, , 2.00" })
	void proportionalIsCappedAtMax(String value, String base, String target, String points) {
		ProportionalRule rule = new ProportionalRule(null, new BigDecimal(base),
				(target != null) ? new BigDecimal(target) : null);
		assertThat(rule.points(THREE, RuleInput.value(new BigDecimal(value)))).isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "{0} of max 2 in steps of {1}: {2}")
	@CsvSource({ "0, 0.25, 0.00", "0.25, 0.25, 0.25", "1.75, 0.25, 1.75", "2, 0.25, 2.00", "1.5, 0.5, 1.50" })
	void manualRangeAcceptsEveryStep(String chosen, String step, String points) {
		assertThat(new ManualRangeRule(new BigDecimal(step)).points(TWO, RuleInput.points(new BigDecimal(chosen))))
			.isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "{0} in steps of {1} → {2}")
	@CsvSource({ "0.3, 0.25, framework.rule.not-a-step", "1.25, 0.5, framework.rule.not-a-step",
			"2.25, 0.25, framework.rule.out-of-range", "-0.5, 0.5, framework.rule.out-of-range" })
	void manualRangeRefusesOtherValues(String chosen, String step, String reason) {
		assertThatExceptionOfType(RuleInputException.class).isThrownBy(
				() -> new ManualRangeRule(new BigDecimal(step)).points(TWO, RuleInput.points(new BigDecimal(chosen))))
			.withMessage(reason);
		assertThat(new ManualRangeRule(new BigDecimal("0.5")).choices(TWO)).extracting(BigDecimal::toPlainString)
			.containsExactly("0.00", "0.50", "1.00", "1.50", "2.00");
	}

	@ParameterizedTest(name = "{0} late reports → {1}")
	@CsvSource({ "0, 1.00", "1, 0.75", "3, 0.25", "4, 0.00", "9, 0.00" })
	void deductionFloorsAtZero(int late, String points) {
		DeductionRule rule = new DeductionRule("late report", new BigDecimal("0.25"), BigDecimal.ZERO);
		assertThat(rule.points(BigDecimal.ONE, RuleInput.count(late))).isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "index {0} of max 15 → {1}")
	@CsvSource({ "100, 15.00", "92.87, 13.93", "0, 0.00", "96.5, 14.48" })
	void surveyMultipliesTheIndex(String index, String points) {
		SurveyRule rule = new SurveyRule("SIPAS", "sipas_percent", Map.of());
		assertThat(rule.points(new BigDecimal("15"), RuleInput.survey(new BigDecimal(index))))
			.isEqualTo(new BigDecimal(points));
	}

	@Test
	void surveyRefusesAnIndexAboveOneHundred() {
		assertThatExceptionOfType(RuleInputException.class).isThrownBy(() -> new SurveyRule(null, null, Map.of())
			.points(BigDecimal.TEN, RuleInput.survey(new BigDecimal("100.01"))))
			.withMessage("framework.rule.index-out-of-range");
	}

	@ParameterizedTest(name = "{0} models → {1}")
	@CsvSource({ "0, 0.00", "1, 1.00", "3, 3.00", "5, 3.00" })
	void bonusIsCappedPerLeaf(int models, String points) {
		assertThat(new BonusRule(BigDecimal.ONE, THREE).points(BigDecimal.ZERO, RuleInput.count(models)))
			.isEqualTo(new BigDecimal(points));
	}

	@ParameterizedTest(name = "late {0}, false evidence {1} → {2}")
	@CsvSource({ "0, 0, 0.00", "1, 0, -1.00", "3, 0, -1.00", "0, 1, -2.00", "1, 1, -3.00", "0, 2, -3.00" })
	void penaltySumsViolationsDownToTheCap(int late, int falseEvidence, String points) {
		PenaltyRule rule = new PenaltyRule(
				List.of(new PenaltyEvent("late_self_assessment", null, new BigDecimal("-1"), false),
						new PenaltyEvent("false_evidence", null, new BigDecimal("-2"), true)),
				new BigDecimal("-3"));
		assertThat(rule.points(BigDecimal.ZERO,
				RuleInput.events(Map.of("late_self_assessment", late, "false_evidence", falseEvidence))))
			.isEqualTo(new BigDecimal(points));
	}

	@Test
	void penaltyRefusesAnUnknownViolation() {
		PenaltyRule rule = new PenaltyRule(List.of(new PenaltyEvent("late", null, BigDecimal.ONE.negate(), false)),
				BigDecimal.ONE.negate());
		assertThatExceptionOfType(RuleInputException.class)
			.isThrownBy(() -> rule.points(BigDecimal.ZERO, RuleInput.events(Map.of("bribe", 1))))
			.withMessage("framework.rule.event-unknown");
	}

	@ParameterizedTest(name = "met={0} → {1}")
	@CsvSource({ "true, 2.00", "false, 0.00" })
	void binaryGivesMaxOrNothing(boolean met, String points) {
		assertThat(new BinaryRule().points(TWO, RuleInput.met(met))).isEqualTo(new BigDecimal(points));
	}

	@Test
	void pointsAreRoundedHalfUpToTwoDecimals() {
		ProportionalRule rule = new ProportionalRule(null, new BigDecimal("3"), null);
		assertThat(rule.points(BigDecimal.ONE, RuleInput.value(BigDecimal.ONE))).isEqualTo(new BigDecimal("0.33"));
		assertThat(rule.points(BigDecimal.ONE, RuleInput.value(TWO))).isEqualTo(new BigDecimal("0.67"));
		assertThat(new SurveyRule(null, null, Map.of()).points(BigDecimal.ONE, RuleInput.survey(new BigDecimal("0.5"))))
			.isEqualTo(new BigDecimal("0.01"));
	}

	@Test
	void parametersReadBackToTheSameRule() {
		List<Rule> rules = List.of(new BinaryRule(), ON_TIME,
				new TieredRule(RuleType.COUNT_TIERS, "models", List.of(Tier.of("2", null, "2")), BigDecimal.ONE),
				new ProportionalRule("online", new BigDecimal("100"), new BigDecimal("80")),
				new ManualRangeRule(new BigDecimal("0.25")),
				new DeductionRule("late", new BigDecimal("0.25"), BigDecimal.ZERO),
				new SurveyRule("phieu_02", "mean_option_weight",
						Map.of("A", new BigDecimal("100"), "B", new BigDecimal("60"))),
				new BonusRule(BigDecimal.ONE, THREE), new PenaltyRule(
						List.of(new PenaltyEvent("late", "Trễ hạn", BigDecimal.ONE.negate(), true)), THREE.negate()));
		for (Rule rule : rules) {
			assertThat(Rule.of(rule.type(), rule.params())).isEqualTo(rule);
		}
	}

	@Test
	void unknownOrMalformedParametersAreRefusedByName() {
		assertThatExceptionOfType(RuleParamsException.class)
			.isThrownBy(() -> Rule.of(RuleType.BONUS, Map.of("per_event", 1, "cap", 3, "colour", "red")))
			.withMessage("framework.params.unknown");
		assertThatExceptionOfType(RuleParamsException.class).isThrownBy(() -> Rule.of(RuleType.MANUAL_RANGE, Map.of()))
			.withMessage("framework.params.missing");
		assertThatExceptionOfType(RuleParamsException.class)
			.isThrownBy(() -> Rule.of(RuleType.DEDUCTION, Map.of("per_event", "a quarter")))
			.withMessage("framework.params.not-a-number");
		assertThatExceptionOfType(RuleParamsException.class)
			.isThrownBy(() -> Rule.of(RuleType.TIERED_RATIO, Map.of("tiers", List.of(Map.of("points", 1)))))
			.withMessage("framework.params.tier-lower-bound");
	}

}
