package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.BonusStage;
import vn.parindex.framework.Band;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;

/**
 * What the calculator needs of a framework, worked out once per framework: its leaves by
 * kind, its fields with their leaves, its bands from the top, and its settings.
 */
final class FrameworkPlan {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int WORKING_SCALE = 12;

	static final String SELF_ASSESSMENT_PART = "SELF_ASSESSMENT_PART";

	static final String SURVEY_PART = "SURVEY_PART";

	static final String FIELD = "FIELD:";

	final FrameworkSettings settings;

	final List<NodeDefinition> scored = new ArrayList<>();

	final List<NodeDefinition> bonus = new ArrayList<>();

	final List<NodeDefinition> penalty = new ArrayList<>();

	final List<FieldPlan> fields = new ArrayList<>();

	final List<Band> bands;

	final Map<String, FieldPlan> tieBreakNodes = new HashMap<>();

	private FrameworkPlan(FrameworkDefinition framework) {
		this.settings = framework.settings();
		this.bands = framework.bands()
			.stream()
			.sorted(Comparator.comparing(Band::lower, Comparator.reverseOrder()).thenComparing(Band::lowerInclusive))
			.toList();
	}

	static FrameworkPlan of(FrameworkDefinition framework) {
		FrameworkPlan plan = new FrameworkPlan(framework);
		Map<String, List<NodeDefinition>> byField = new HashMap<>();
		for (NodeDefinition leaf : leaves(framework)) {
			plan.sort(leaf);
			byField.computeIfAbsent(fieldCode(leaf.code()), (code) -> new ArrayList<>()).add(leaf);
		}
		for (NodeDefinition field : framework.children(null)) {
			plan.fields.add(new FieldPlan(field, byField.getOrDefault(field.code(), List.of())));
		}
		plan.settings.tieBreak().forEach((entry) -> plan.tieBreak(framework, entry));
		return plan;
	}

	private void tieBreak(FrameworkDefinition framework, String entry) {
		if (entry.equals(SELF_ASSESSMENT_PART) || entry.equals(SURVEY_PART)) {
			return;
		}
		String code = entry.startsWith(FIELD) ? entry.substring(FIELD.length()) : "";
		NodeDefinition node = framework.node(code)
			.orElseThrow(() -> new IllegalArgumentException("Unknown tie-break " + entry));
		List<NodeDefinition> under = leaves(framework).stream()
			.filter((leaf) -> leaf.code().equals(code) || leaf.code().startsWith(code + "."))
			.toList();
		this.tieBreakNodes.put(entry, new FieldPlan(node, under));
	}

	private static List<NodeDefinition> leaves(FrameworkDefinition framework) {
		Set<String> parents = new HashSet<>();
		framework.nodes().forEach((node) -> parents.add(node.parentCode()));
		return framework.nodes().stream().filter((node) -> !parents.contains(node.code())).toList();
	}

	private static String fieldCode(String code) {
		int dot = code.indexOf('.');
		return (dot < 0) ? code : code.substring(0, dot);
	}

	private void sort(NodeDefinition leaf) {
		Source source = leaf.source();
		if (source == Source.BONUS) {
			this.bonus.add(leaf);
		}
		else if (source == Source.PENALTY) {
			this.penalty.add(leaf);
		}
		else if (!leaf.outsideScale()) {
			this.scored.add(leaf);
		}
	}

	/**
	 * The index %: before the % stage, (points + bonus/penalty) ÷ max × 100; after it,
	 * points ÷ max × 100 + bonus/penalty. Capped at 100 if the framework says so, never
	 * below 0, and rounded last.
	 */
	BigDecimal percent(BigDecimal points, BigDecimal max, BigDecimal bonusAndPenalty) {
		boolean before = this.settings.bonusStage() == BonusStage.BEFORE_PERCENT;
		BigDecimal numerator = before ? points.add(bonusAndPenalty) : points;
		BigDecimal percent = (max.signum() == 0) ? BigDecimal.ZERO : ratio(numerator, max);
		if (!before) {
			percent = percent.add(bonusAndPenalty);
		}
		if (this.settings.capAtScale()) {
			percent = percent.min(HUNDRED);
		}
		return round(percent.max(BigDecimal.ZERO));
	}

	/** {@code points ÷ max × 100}, rounded; null when there is no maximum or it is 0. */
	@Nullable BigDecimal percentOf(BigDecimal points, @Nullable BigDecimal max) {
		return (max == null || max.signum() == 0) ? null : round(ratio(points, max));
	}

	private static BigDecimal ratio(BigDecimal points, BigDecimal max) {
		return points.multiply(HUNDRED).divide(max, WORKING_SCALE, RoundingMode.HALF_UP);
	}

	BigDecimal round(BigDecimal value) {
		return value.setScale(this.settings.decimals(), RoundingMode.HALF_UP);
	}

	/** The band the index % falls in, using each band's bound and the band above it. */
	@Nullable Band band(BigDecimal percent) {
		Band above = null;
		for (Band band : this.bands) {
			if (band.contains(percent, above)) {
				return band;
			}
			above = band;
		}
		return null;
	}

	/**
	 * A field and the leaves under it.
	 *
	 * @param field the top-level node
	 * @param leaves its leaves, in the framework's order
	 */
	record FieldPlan(NodeDefinition field, List<NodeDefinition> leaves) {

	}

}
