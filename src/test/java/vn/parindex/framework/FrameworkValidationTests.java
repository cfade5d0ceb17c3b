package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.parindex.framework.rule.BinaryRule;
import vn.parindex.framework.rule.BonusRule;
import vn.parindex.framework.rule.DeductionRule;
import vn.parindex.framework.rule.ManualRangeRule;
import vn.parindex.framework.rule.PenaltyEvent;
import vn.parindex.framework.rule.PenaltyRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.SurveyRule;
import vn.parindex.framework.rule.Tier;
import vn.parindex.framework.rule.TieredRule;
import vn.parindex.organisation.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One case per kind of fault: each breaks a valid framework in one way and expects that
 * fault, against that node, and no other.
 */
class FrameworkValidationTests {

	static final List<Band> BANDS = List.of(new Band("XUAT_SAC", "Xuất sắc", "Excellent", new BigDecimal("90"), true),
			new Band("TOT", "Tốt", "Good", new BigDecimal("80"), true),
			new Band("YEU", "Yếu", "Weak", BigDecimal.ZERO, true));

	static final TieredRule TIERS = new TieredRule(RuleType.TIERED_RATIO, null,
			List.of(Tier.of("100", null, "4"), Tier.of("80", "100", "2")), BigDecimal.ZERO);

	static NodeDefinition node(String code, String parent, String max, Source source, Rule rule) {
		return new NodeDefinition(code, parent, "Mục " + code, null, null, (max != null) ? new BigDecimal(max) : null,
				source == Source.BONUS || source == Source.PENALTY, null, source, rule, true, false, null, List.of(),
				null);
	}

	static NodeDefinition inner(String code, String parent, String max) {
		return node(code, parent, max, null, null);
	}

	/**
	 * 1 (60) = 1.1 (40: 1.1.1 binary 36 + 1.1.2 tiers 4) + 1.2 (20); 2 survey 40; 3
	 * bonus/penalty.
	 */
	static FrameworkDefinition valid() {
		List<NodeDefinition> nodes = List.of(inner("1", null, "60"), inner("1.1", "1", "40"),
				node("1.1.1", "1.1", "36", Source.SELF_ASSESSMENT, new BinaryRule()),
				node("1.1.2", "1.1", "4", Source.SELF_ASSESSMENT, TIERS),
				node("1.2", "1", "20", Source.SELF_ASSESSMENT, new ManualRangeRule(new BigDecimal("0.5"))),
				inner("2", null, "40"),
				node("2.1", "2", "40", Source.SURVEY, new SurveyRule("SIPAS", null, java.util.Map.of())),
				new NodeDefinition("3", null, "Thưởng, trừ", null, null, null, true, null, null, null, false, false,
						null, List.of(), null),
				node("3.1", "3", null, Source.BONUS, new BonusRule(BigDecimal.ONE, new BigDecimal("3"))),
				node("3.2", "3", null, Source.PENALTY, new PenaltyRule(
						List.of(new PenaltyEvent("late", null, new BigDecimal("-1"), false)), new BigDecimal("-3"))));
		FrameworkSettings settings = new FrameworkSettings(new BigDecimal("100"), new BigDecimal("60"),
				new BigDecimal("40"), new BigDecimal("3"), new BigDecimal("3"), BonusStage.AFTER_PERCENT, true, 2,
				List.of("SELF_ASSESSMENT_PART", "FIELD:1"));
		return new FrameworkDefinition(
				new FrameworkHeader(2024, List.of(UnitType.DEPARTMENT), "Thử nghiệm", null, false), settings, BANDS,
				nodes);
	}

	static FrameworkDefinition replace(FrameworkDefinition framework, String code,
			UnaryOperator<NodeDefinition> change) {
		return framework.withNodeReplaced(code, change.apply(framework.node(code).orElseThrow()));
	}

	static FrameworkDefinition withRule(FrameworkDefinition framework, String code, Rule rule) {
		return replace(framework, code,
				(n) -> new NodeDefinition(n.code(), n.parentCode(), n.nameVi(), n.nameEn(), n.guidance(), n.maxPoints(),
						n.outsideScale(), null, n.source(), rule, n.evidenceRequired(), n.naAllowed(), n.naCondition(),
						n.appliesTo(), n.dataFeed()));
	}

	static FrameworkDefinition withBands(FrameworkDefinition framework, List<Band> bands) {
		return framework.withSettings(framework.settings(), bands);
	}

	static FrameworkDefinition withSettings(FrameworkDefinition f, String scale, List<String> tieBreak) {
		FrameworkSettings s = f.settings();
		return f.withSettings(new FrameworkSettings(new BigDecimal(scale), s.selfAssessmentTotal(), s.surveyTotal(),
				s.bonusCap(), s.penaltyCap(), s.bonusStage(), s.capAtScale(), s.decimals(), tieBreak), f.bands());
	}

	static Stream<Arguments> faults() {
		FrameworkDefinition f = valid();
		List<NodeDefinition> duplicated = new ArrayList<>(f.nodes());
		duplicated.add(node("1.2", "1", "0", Source.SELF_ASSESSMENT, new BinaryRule()));
		List<NodeDefinition> deep = new ArrayList<>(f.withoutNode("1.2").nodes());
		deep.add(inner("1.2", "1", "20"));
		deep.add(inner("1.2.1", "1.2", "20"));
		deep.add(inner("1.2.1.1", "1.2.1", "20"));
		deep.add(node("1.2.1.1.1", "1.2.1.1", "20", Source.SELF_ASSESSMENT, new BinaryRule()));
		return Stream.of(
				arguments("children-sum", replace(f, "1.1.1", (n) -> n.withMaxPoints(new BigDecimal("35"))), "1.1"),
				arguments("scored-total", withSettings(f, "90", f.settings().tieBreak()), ""),
				arguments("self-assessment-total",
						replace(replace(f, "1", (n) -> n.withMaxPoints(new BigDecimal("59"))), "1.2",
								(n) -> n.withMaxPoints(new BigDecimal("19"))),
						""),
				arguments("code-duplicate", f.withNodes(duplicated), "1.2"),
				arguments("parent-unknown",
						f.withNodeAdded(node("7.1", "7", "0", Source.SELF_ASSESSMENT, new BinaryRule())), "7.1"),
				arguments("code-not-under-parent", replace(f, "1.2", (n) -> n.renamed("2.9", "1")).withoutNode("2.9.x"),
						"2.9"),
				arguments("too-deep", f.withNodes(deep), "1.2.1.1.1"),
				arguments("max-missing", replace(f, "1.2", (n) -> n.withMaxPoints(null)), "1.2"),
				arguments("too-large", replace(f, "1.2", (n) -> n.withMaxPoints(new BigDecimal("100000"))), "1.2"),
				arguments("rule-missing", withRule(f, "1.2", null), "1.2"),
				arguments("source-rule-mismatch", withRule(f, "2.1", new BinaryRule()), "2.1"),
				arguments("bonus-cap", withRule(f, "3.1", new BonusRule(BigDecimal.ONE, new BigDecimal("5"))), "3.1"),
				arguments("penalty-cap",
						withRule(f, "3.2",
								new PenaltyRule(List.of(new PenaltyEvent("late", null, new BigDecimal("-1"), false)),
										new BigDecimal("-4"))),
						"3.2"),
				arguments("tiers-gap",
						withRule(f, "1.1.2",
								new TieredRule(RuleType.TIERED_RATIO, null,
										List.of(Tier.of("100", null, "4"), Tier.of("80", "90", "2")), BigDecimal.ZERO)),
						"1.1.2"),
				arguments("tiers-overlap",
						withRule(f, "1.1.2",
								new TieredRule(RuleType.TIERED_RATIO, null,
										List.of(Tier.of("95", null, "4"), Tier.of("80", "100", "2")), BigDecimal.ZERO)),
						"1.1.2"),
				arguments("tier-above-max",
						withRule(f, "1.1.2", new TieredRule(RuleType.TIERED_RATIO, null,
								List.of(Tier.of("100", null, "5"), Tier.of("80", "100", "2")), BigDecimal.ZERO)),
						"1.1.2"),
				arguments("step-not-dividing", withRule(f, "1.1.2", new ManualRangeRule(new BigDecimal("3"))), "1.1.2"),
				arguments("floor-out-of-range",
						withRule(f, "1.1.2", new DeductionRule(null, BigDecimal.ONE, new BigDecimal("5"))), "1.1.2"),
				arguments("bands-empty", withBands(f, List.of()), ""),
				arguments("band-overlap",
						withBands(f,
								List.of(BANDS.get(0), BANDS.get(2),
										new Band("KHA", "Khá", "Fair", new BigDecimal("90"), false))),
						""),
				arguments("band-gap-below", withBands(f, BANDS.subList(0, 2)), ""),
				arguments("tie-break-unknown", withSettings(f, "100", List.of("FIELD:9")), ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void listsEachFaultAgainstItsNode(String kind, FrameworkDefinition broken, String code) {
		assertThat(FrameworkValidation.check(broken)).extracting(ValidationIssue::nodeCode, ValidationIssue::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(code, "framework.validation." + kind));
	}

	@Test
	void theValidFrameworkHasNoFaults() {
		assertThat(FrameworkValidation.check(valid())).isEmpty();
	}

	@Test
	void aChangedMaxIsReportedOnceAgainstItsParentWithBothSums() {
		FrameworkDefinition broken = replace(valid(), "1.2", (n) -> n.withMaxPoints(new BigDecimal("21")));
		assertThat(FrameworkValidation.check(broken)).containsExactlyInAnyOrder(
				ValidationIssue.of("1", "framework.validation.children-sum", new BigDecimal("61"),
						new BigDecimal("60")),
				ValidationIssue.of("", "framework.validation.self-assessment-total", new BigDecimal("61"),
						new BigDecimal("60")));
	}

	@Test
	void renamingANodeRenamesItsDescendants() {
		FrameworkDefinition renamed = valid().withNodeReplaced("1.1",
				valid().node("1.1").orElseThrow().renamed("1.5", "1"));
		assertThat(renamed.nodes()).extracting(NodeDefinition::code)
			.contains("1.5", "1.5.1", "1.5.2")
			.doesNotContain("1.1.1");
		assertThat(renamed.node("1.5.2").orElseThrow().parentCode()).isEqualTo("1.5");
		assertThat(FrameworkValidation.check(renamed)).isEmpty();
	}

}
