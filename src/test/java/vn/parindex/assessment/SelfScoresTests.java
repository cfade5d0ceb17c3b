package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkHeader;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.rule.BinaryRule;
import vn.parindex.framework.rule.BonusRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.Tier;
import vn.parindex.framework.rule.TieredRule;
import vn.parindex.organisation.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The self-assessment arithmetic on a small hand-built framework: leaf points, the inputs
 * kept, the totals, what blocks submission and what the leader should read.
 */
class SelfScoresTests {

	private static final Rule BINARY = new BinaryRule();

	private static final Rule RATIO = new TieredRule(RuleType.TIERED_RATIO, "Tỷ lệ (%)",
			List.of(Tier.of("100", null, "2"), Tier.of("80", "100", "1")), BigDecimal.ZERO);

	private static final Rule BONUS = new BonusRule(BigDecimal.ONE, new BigDecimal("3"));

	// 1 (10) → 1.1 (6) → 1.1.1 binary 1 (evidence), 1.1.2 ratio 2, 1.1.3 binary 3 (N/A
	// allowed, evidence); 1.2 (4) → 1.2.1 binary 4 for wards only
	// 2 (5) → 2.1 survey 5
	// 8 outside the scale → 8.1 self-assessed binary 2
	// 9 outside the scale → 9.1 bonus (evidence)
	private static final FrameworkDefinition FRAMEWORK = new FrameworkDefinition(
			new FrameworkHeader(2025, List.of(UnitType.DEPARTMENT, UnitType.WARD), "Bộ tiêu chí thử", null, true),
			FrameworkSettings.standard(), List.of(),
			List.of(inner("1", null, "10", false), inner("1.1", "1", "6", false),
					leaf("1.1.1", "1.1", "1", Source.SELF_ASSESSMENT, BINARY, true, false, List.of()),
					leaf("1.1.2", "1.1", "2", Source.SELF_ASSESSMENT, RATIO, false, false, List.of()),
					leaf("1.1.3", "1.1", "3", Source.SELF_ASSESSMENT, BINARY, true, true, List.of()),
					inner("1.2", "1", "4", false),
					leaf("1.2.1", "1.2", "4", Source.SELF_ASSESSMENT, BINARY, false, false, List.of(UnitType.WARD)),
					inner("2", null, "5", false), leaf("2.1", "2", "5", Source.SURVEY, BINARY, false, false, List.of()),
					inner("8", null, null, true),
					leaf("8.1", "8", "2", Source.SELF_ASSESSMENT, BINARY, false, false, List.of()),
					inner("9", null, null, true), leaf("9.1", "9", null, Source.BONUS, BONUS, true, false, List.of())));

	private static NodeDefinition inner(String code, @Nullable String parent, @Nullable String max,
			boolean outsideScale) {
		return new NodeDefinition(code, parent, "Mục " + code, null, null, (max != null) ? new BigDecimal(max) : null,
				outsideScale, null, null, null, false, false, null, List.of(), null);
	}

	private static NodeDefinition leaf(String code, String parent, @Nullable String max, Source source, Rule rule,
			boolean evidence, boolean naAllowed, List<UnitType> appliesTo) {
		return new NodeDefinition(code, parent, "Tiêu chí " + code, null, null,
				(max != null) ? new BigDecimal(max) : null, false, null, source, rule, evidence, naAllowed, null,
				appliesTo, null);
	}

	private static NodeDefinition node(String code) {
		return FRAMEWORK.node(code).orElseThrow();
	}

	private static LeafState scored(String points, int evidence, boolean explained) {
		return new LeafState(new BigDecimal(points), false, evidence, explained);
	}

	private static LeafState na(int evidence) {
		return new LeafState(null, true, evidence, false);
	}

	// --- points and used

	@Test
	void aBinaryLeafEarnsItsMaximumWhenMetAndNothingOtherwise() {
		assertThat(SelfScores.points(node("1.1.3"), RuleInput.met(true))).isEqualByComparingTo("3");
		assertThat(SelfScores.points(node("1.1.3"), RuleInput.met(false))).isEqualByComparingTo("0");
		assertThat(SelfScores.points(node("1.1.3"), RuleInput.EMPTY)).isNull();
	}

	@Test
	void aTieredRatioLeafEarnsTheTierOfItsRateAndStaysUnscoredWithoutADenominator() {
		NodeDefinition ratio = node("1.1.2");
		assertThat(SelfScores.points(ratio, RuleInput.ratio(BigDecimal.valueOf(45), BigDecimal.valueOf(50))))
			.isEqualByComparingTo("1");
		assertThat(SelfScores.points(ratio, RuleInput.ratio(BigDecimal.valueOf(50), BigDecimal.valueOf(50))))
			.isEqualByComparingTo("2");
		assertThat(SelfScores.points(ratio, RuleInput.ratio(BigDecimal.valueOf(39), BigDecimal.valueOf(50))))
			.isEqualByComparingTo("0");
		RuleInput noDenominator = new RuleInput(null, BigDecimal.valueOf(45), null, null, null, null, Map.of(), null);
		assertThat(SelfScores.points(ratio, noDenominator)).isNull();
	}

	@Test
	void aBonusLeafWithoutMaximumIsScoredByItsOwnCap() {
		// bonus leaves have no max_points (the demo's 9.1 neither): the rule's cap rules
		assertThat(node("9.1").maxPoints()).isNull();
		assertThat(SelfScores.points(node("9.1"), RuleInput.count(2))).isEqualByComparingTo("2");
		assertThat(SelfScores.points(node("9.1"), RuleInput.count(5))).isEqualByComparingTo("3");
		assertThat(SelfScores.points(node("9.1"), RuleInput.EMPTY)).isNull();
	}

	@Test
	void onlyTheInputsTheRuleReadsAreKept() {
		RuleInput sent = new RuleInput(true, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, 4, new BigDecimal("7"),
				Map.of("late", 1), BigDecimal.TEN);
		RuleInput binary = SelfScores.used(node("1.1.1"), sent);
		assertThat(binary).isEqualTo(RuleInput.met(true));
		assertThat(binary.points()).isNull();
		RuleInput ratio = SelfScores.used(node("1.1.2"), sent);
		assertThat(ratio).isEqualTo(RuleInput.ratio(BigDecimal.ONE, BigDecimal.TEN));
		assertThat(SelfScores.used(node("9.1"), sent)).isEqualTo(RuleInput.count(4));
		assertThat(SelfScores.used(node("1"), sent)).isEqualTo(RuleInput.EMPTY);
	}

	// --- which leaves

	@Test
	void theUnitEntersSelfAssessedBonusAndPenaltyLeavesThatApplyToIt() {
		assertThat(SelfScores.enteredLeaves(FRAMEWORK, UnitType.DEPARTMENT)).extracting(NodeDefinition::code)
			.containsExactly("1.1.1", "1.1.2", "1.1.3", "8.1", "9.1");
		assertThat(SelfScores.enteredLeaves(FRAMEWORK, UnitType.WARD)).extracting(NodeDefinition::code)
			.containsExactly("1.1.1", "1.1.2", "1.1.3", "1.2.1", "8.1", "9.1");
		assertThat(SelfScores.required(node("9.1"))).isFalse();
		assertThat(SelfScores.required(node("2.1"))).isFalse();
		assertThat(SelfScores.required(node("1.1.1"))).isTrue();
	}

	// --- tallies

	@Test
	void aParentSumsItsChildrenAndTheOverallSumsTheFieldsInsideTheScale() {
		Map<String, LeafState> states = Map.of("1.1.1", scored("1", 1, false), "1.1.2", scored("1", 0, true), "8.1",
				scored("2", 0, false), "9.1", scored("3", 1, false));
		Map<String, Tally> tallies = SelfScores.tallies(FRAMEWORK, UnitType.WARD, states);
		assertTally(tallies.get("1.1.1"), "1", "1", 1, 1);
		assertTally(tallies.get("1.1"), "6", "2", 2, 3);
		assertTally(tallies.get("1.2"), "4", "0", 0, 1);
		assertTally(tallies.get("1"), "10", "2", 2, 4);
		// the field outside the scale has its own total but is not in the overall
		assertTally(tallies.get("8"), "2", "2", 1, 1);
		// bonus leaves are not required: no max, no self, nothing to do
		assertTally(tallies.get("9.1"), "0", "0", 0, 0);
		// survey leaves are not the unit's
		assertTally(tallies.get("2"), "0", "0", 0, 0);
		assertTally(tallies.get(""), "10", "2", 2, 4);
	}

	@Test
	void aNotApplicableLeafLeavesTheMaximumButCountsAsDone() {
		Map<String, LeafState> states = Map.of("1.1.3", na(0));
		Map<String, Tally> tallies = SelfScores.tallies(FRAMEWORK, UnitType.WARD, states);
		assertTally(tallies.get("1.1.3"), "0", "0", 1, 1);
		assertTally(tallies.get("1.1"), "3", "0", 1, 3);
		assertTally(tallies.get(""), "7", "0", 1, 4);
	}

	@Test
	void aLeafThatDoesNotApplyToTheUnitTypeIsNotCounted() {
		Map<String, LeafState> states = Map.of("1.2.1", scored("4", 0, false));
		Map<String, Tally> department = SelfScores.tallies(FRAMEWORK, UnitType.DEPARTMENT, states);
		assertTally(department.get("1.2"), "0", "0", 0, 0);
		assertTally(department.get(""), "6", "0", 0, 3);
		Map<String, Tally> ward = SelfScores.tallies(FRAMEWORK, UnitType.WARD, states);
		assertTally(ward.get(""), "10", "4", 1, 4);
	}

	private static Tally tally(String max, String self, int done, int total) {
		return new Tally(new BigDecimal(max), new BigDecimal(self), done, total);
	}

	private static void assertTally(@Nullable Tally actual, String max, String self, int done, int total) {
		assertThat(actual).isNotNull();
		assertThat(actual.max()).as("max").isEqualByComparingTo(max);
		assertThat(actual.self()).as("self").isEqualByComparingTo(self);
		assertThat(actual.done()).as("done").isEqualTo(done);
		assertThat(actual.total()).as("total").isEqualTo(total);
	}

	// --- problems and warnings

	@Test
	void anUnscoredRequiredLeafBlocksAndABonusLeafNeverDoes() {
		List<Problem> problems = SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT,
				Map.of("1.1.1", scored("1", 1, false), "1.1.3", scored("3", 1, false)));
		assertThat(problems).extracting(Problem::code, Problem::kind)
			.containsExactly(tuple("1.1.2", Problem.Kind.UNSCORED), tuple("8.1", Problem.Kind.UNSCORED));
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.kind().blocking()).isTrue());
		assertThat(problems.get(0).name()).isEqualTo("Tiêu chí 1.1.2");
	}

	@Test
	void aScoredLeafThatNeedsEvidenceBlocksUntilSomethingIsAttached() {
		Map<String, LeafState> states = new HashMap<>(complete());
		states.put("1.1.1", scored("1", 0, false));
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).extracting(Problem::code, Problem::kind)
			.containsExactly(tuple("1.1.1", Problem.Kind.EVIDENCE_MISSING));
		states.put("1.1.1", scored("1", 1, false));
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).isEmpty();
	}

	@Test
	void aNotApplicableLeafNeedsNoEvidence() {
		Map<String, LeafState> states = new HashMap<>(complete());
		states.put("1.1.3", na(0));
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).isEmpty();
		assertThat(SelfScores.missingEvidence(node("1.1.3"), na(0))).isFalse();
		assertThat(SelfScores.missingEvidence(node("1.1.3"), scored("3", 0, false))).isTrue();
	}

	@Test
	void aBonusLeafNeedsEvidenceOnlyForWhatItClaims() {
		Map<String, LeafState> states = new HashMap<>(complete());
		states.remove("9.1");
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).isEmpty();
		states.put("9.1", scored("0", 0, false));
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).isEmpty();
		states.put("9.1", scored("2", 0, false));
		assertThat(SelfScores.problems(FRAMEWORK, UnitType.DEPARTMENT, states)).extracting(Problem::code, Problem::kind)
			.containsExactly(tuple("9.1", Problem.Kind.EVIDENCE_MISSING));
	}

	/** Every leaf a department enters done, evidence attached where needed. */
	private static Map<String, LeafState> complete() {
		return Map.of("1.1.1", scored("1", 1, false), "1.1.2", scored("2", 0, false), "1.1.3", scored("3", 1, false),
				"8.1", scored("2", 0, false), "9.1", scored("1", 1, false));
	}

	@Test
	void theLeaderIsToldOfNotApplicableClaimsAndUnexplainedCuts() {
		Map<String, LeafState> states = new HashMap<>(complete());
		states.put("1.1.2", scored("1", 0, false));
		states.put("1.1.3", na(0));
		states.put("8.1", scored("0", 0, true));
		states.put("1.1.1", scored("1", 1, false));
		List<Problem> warnings = SelfScores.warnings(FRAMEWORK, UnitType.DEPARTMENT, states);
		assertThat(warnings).extracting(Problem::code, Problem::kind)
			.containsExactly(tuple("1.1.2", Problem.Kind.NO_EXPLANATION), tuple("1.1.3", Problem.Kind.NA_CLAIMED));
		assertThat(warnings).noneSatisfy((warning) -> assertThat(warning.kind().blocking()).isTrue());
	}

	// --- Tally and filters

	@Test
	void thePercentRoundsHalfUpToTwoDecimalsAndIsNullWithoutAMaximum() {
		assertThat(tally("3", "2", 0, 0).percent()).isEqualTo(new BigDecimal("66.67"));
		assertThat(tally("800", "1", 0, 0).percent()).isEqualTo(new BigDecimal("0.13"));
		assertThat(tally("8", "7.5", 0, 0).percent()).isEqualTo(new BigDecimal("93.75"));
		assertThat(tally("0", "0", 1, 1).percent()).isNull();
		assertThat(tally("3", "2", 1, 2).complete()).isFalse();
		assertThat(tally("3", "2", 2, 2).complete()).isTrue();
	}

	@Test
	void filtersAreReadFromTheirUrlNames() {
		assertThat(Workspace.Filter.of("evidence-missing")).isEqualTo(Workspace.Filter.EVIDENCE_MISSING);
		assertThat(Workspace.Filter.of("TODO")).isEqualTo(Workspace.Filter.TODO);
		assertThat(Workspace.Filter.of("na")).isEqualTo(Workspace.Filter.NA);
		assertThat(Workspace.Filter.of("bogus")).isEqualTo(Workspace.Filter.ALL);
		assertThat(Workspace.Filter.of(null)).isEqualTo(Workspace.Filter.ALL);
	}

}
