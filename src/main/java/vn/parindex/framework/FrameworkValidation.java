package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.parindex.framework.rule.BonusRule;
import vn.parindex.framework.rule.Num;
import vn.parindex.framework.rule.PenaltyRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;

/**
 * Checks a framework and lists every fault against its node: sums, the scored total,
 * unique codes, tiers and the rules' parameters, bands and tie-breaks. An empty list
 * means the framework can be used by a period.
 */
final class FrameworkValidation {

	static final int MAX_DEPTH = 4;

	/**
	 * Points, totals and caps stay below this; the database keeps 5 digits before the
	 * comma.
	 */
	static final java.math.BigDecimal POINTS_LIMIT = new java.math.BigDecimal("1000");

	private final FrameworkDefinition framework;

	private final List<ValidationIssue> issues = new ArrayList<>();

	private FrameworkValidation(FrameworkDefinition framework) {
		this.framework = framework;
	}

	static List<ValidationIssue> check(FrameworkDefinition framework) {
		FrameworkValidation validation = new FrameworkValidation(framework);
		validation.structure();
		framework.nodes().forEach(validation::node);
		validation.totals();
		validation.bands();
		validation.tieBreak();
		return List.copyOf(validation.issues);
	}

	private void add(String code, String key, Object... arguments) {
		this.issues.add(ValidationIssue.of(code, key, arguments));
	}

	private void structure() {
		Set<String> seen = new HashSet<>();
		for (NodeDefinition node : this.framework.nodes()) {
			if (!seen.add(node.code())) {
				add(node.code(), "framework.validation.code-duplicate", node.code());
			}
			String parent = node.parentCode();
			if (parent != null && this.framework.node(parent).isEmpty()) {
				add(node.code(), "framework.validation.parent-unknown", parent);
			}
			else if (parent != null && !node.code().startsWith(parent + ".")) {
				add(node.code(), "framework.validation.code-not-under-parent", parent);
			}
			if (depth(node) > MAX_DEPTH) {
				add(node.code(), "framework.validation.too-deep", MAX_DEPTH);
			}
		}
		if (this.framework.nodes().isEmpty()) {
			add("", "framework.validation.empty");
		}
	}

	private int depth(NodeDefinition node) {
		int depth = 1;
		String parent = node.parentCode();
		while (parent != null && depth <= MAX_DEPTH + 1) {
			depth++;
			parent = this.framework.node(parent).map(NodeDefinition::parentCode).orElse(null);
		}
		return depth;
	}

	private void node(NodeDefinition node) {
		if (node.nameVi().isBlank()) {
			add(node.code(), "framework.validation.name-missing");
		}
		if (node.maxPoints() == null && !node.outsideScale()) {
			add(node.code(), "framework.validation.max-missing");
		}
		if (node.maxPoints() != null && node.maxPoints().signum() < 0) {
			add(node.code(), "framework.validation.max-negative");
		}
		if (node.maxPoints() != null && node.maxPoints().compareTo(POINTS_LIMIT) >= 0) {
			add(node.code(), "framework.validation.too-large", POINTS_LIMIT);
		}
		if (this.framework.isLeaf(node.code())) {
			leaf(node);
		}
		else {
			inner(node);
		}
	}

	private void inner(NodeDefinition node) {
		if (node.rule() != null || node.source() != null) {
			add(node.code(), "framework.validation.rule-on-inner-node");
		}
		if (node.maxPoints() == null) {
			return;
		}
		BigDecimal sum = this.framework.children(node.code())
			.stream()
			.map(NodeDefinition::maxPoints)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(node.maxPoints()) != 0) {
			add(node.code(), "framework.validation.children-sum", Num.of(sum), Num.of(node.maxPoints()));
		}
	}

	private void leaf(NodeDefinition node) {
		Rule rule = node.rule();
		if (rule == null || node.source() == null) {
			add(node.code(), "framework.validation.rule-missing");
			return;
		}
		BigDecimal max = (node.maxPoints() != null) ? node.maxPoints() : BigDecimal.ZERO;
		rule.problems(max).forEach((problem) -> add(node.code(), problem.messageKey(), problem.arguments().toArray()));
		if (!matches(rule.type(), node.source())) {
			add(node.code(), "framework.validation.source-rule-mismatch", node.source().code(), rule.type().code());
		}
		if (node.outsideScale() != (node.source() == Source.BONUS || node.source() == Source.PENALTY)) {
			add(node.code(), "framework.validation.outside-scale-mismatch");
		}
		FrameworkSettings settings = this.framework.settings();
		if (rule instanceof BonusRule bonus && bonus.cap().compareTo(settings.bonusCap()) > 0) {
			add(node.code(), "framework.validation.bonus-cap", Num.of(bonus.cap()), Num.of(settings.bonusCap()));
		}
		if (rule instanceof PenaltyRule penalty && penalty.cap().negate().compareTo(settings.penaltyCap()) > 0) {
			add(node.code(), "framework.validation.penalty-cap", Num.of(penalty.cap().negate()),
					Num.of(settings.penaltyCap()));
		}
	}

	private static boolean matches(RuleType type, Source source) {
		return switch (type) {
			case SURVEY -> source == Source.SURVEY;
			case BONUS -> source == Source.BONUS;
			case PENALTY -> source == Source.PENALTY;
			default -> source == Source.SELF_ASSESSMENT || source == Source.IMPORTED;
		};
	}

	private void totals() {
		FrameworkSettings settings = this.framework.settings();
		for (java.math.BigDecimal value : java.util.Arrays.asList(settings.scaleMax(), settings.selfAssessmentTotal(),
				settings.surveyTotal(), settings.bonusCap(), settings.penaltyCap())) {
			if (value != null && value.abs().compareTo(POINTS_LIMIT) >= 0) {
				add("", "framework.validation.too-large", POINTS_LIMIT);
			}
		}
		BigDecimal scored = this.framework.scoredTotal();
		if (scored.compareTo(settings.scaleMax()) != 0) {
			add("", "framework.validation.scored-total", Num.of(scored), Num.of(settings.scaleMax()));
		}
		part(Source.SELF_ASSESSMENT, settings.selfAssessmentTotal(), "framework.validation.self-assessment-total");
		part(Source.SURVEY, settings.surveyTotal(), "framework.validation.survey-total");
	}

	private void part(Source source, BigDecimal stated, String key) {
		if (stated == null) {
			return;
		}
		BigDecimal sum = this.framework.leaves()
			.stream()
			.filter((leaf) -> leaf.source() == source
					|| (source == Source.SELF_ASSESSMENT && leaf.source() == Source.IMPORTED))
			.map(NodeDefinition::maxPoints)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(stated) != 0) {
			add("", key, Num.of(sum), Num.of(stated));
		}
	}

	private void bands() {
		List<Band> bands = this.framework.bands();
		if (bands.isEmpty()) {
			add("", "framework.validation.bands-empty");
			return;
		}
		Set<BigDecimal> lowers = new HashSet<>();
		Set<String> codes = new HashSet<>();
		boolean coversZero = false;
		for (Band band : bands) {
			if (!lowers.add(band.lower())) {
				add("", "framework.validation.band-overlap", band.labelVi(), Num.of(band.lower()));
			}
			if (!codes.add(band.code())) {
				add("", "framework.validation.band-code-duplicate", band.code());
			}
			if (band.lower().signum() < 0 || band.lower().compareTo(Num.HUNDRED) > 0) {
				add("", "framework.validation.band-out-of-range", band.labelVi());
			}
			if (band.labelVi().isBlank()) {
				add("", "framework.validation.band-label-missing", band.code());
			}
			coversZero |= band.lower().signum() == 0 && band.lowerInclusive();
		}
		if (!coversZero) {
			add("", "framework.validation.band-gap-below");
		}
	}

	private void tieBreak() {
		for (String entry : this.framework.settings().tieBreak()) {
			boolean known = entry.equals("SELF_ASSESSMENT_PART") || entry.equals("SURVEY_PART")
					|| (entry.startsWith("FIELD:") && this.framework.node(entry.substring(6)).isPresent());
			if (!known) {
				add("", "framework.validation.tie-break-unknown", entry);
			}
		}
	}

}
