package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;

/**
 * One unit's figures before ranking: all that follows from its own final scores.
 *
 * @param unit the input
 * @param plan the unit's framework, worked out
 * @param points the scored part's points, rounded
 * @param max the applicable maximum, rounded
 * @param bonus the bonus applied, rounded
 * @param penalty the penalty applied (0 or less), rounded
 * @param percent the index %, rounded
 * @param band the band of the index %
 * @param fields the result per field
 * @param lost the lost points, the largest first
 * @param tieKeys the values of the framework's tie-breaks, larger is better
 */
record UnitTally(UnitScores unit, FrameworkPlan plan, BigDecimal points, BigDecimal max, BigDecimal bonus,
		BigDecimal penalty, BigDecimal percent, @Nullable Band band, List<FieldResult> fields, List<LostPoints> lost,
		List<BigDecimal> tieKeys) {

	/** The tie-break value of a field without a %: below every real %. */
	static final BigDecimal NONE = BigDecimal.valueOf(-1);

	static UnitTally of(UnitScores unit, FrameworkPlan plan) {
		Sums sums = new Sums();
		plan.scored.forEach((leaf) -> sums.add(leaf, unit.leaves().get(leaf.code())));
		FrameworkSettings settings = plan.settings;
		BigDecimal bonus = sum(unit, plan.bonus, false).min(settings.bonusCap());
		BigDecimal penalty = sum(unit, plan.penalty, true).max(settings.penaltyCap().negate());
		BigDecimal percent = plan.percent(sums.points, sums.max, settings.bonusAndPenalty(bonus, penalty));
		List<FieldResult> fields = plan.fields.stream().map((field) -> field(unit, plan, field)).toList();
		return new UnitTally(unit, plan, plan.round(sums.points), plan.round(sums.max), plan.round(bonus),
				plan.round(penalty), percent, plan.band(percent), fields, lost(unit, plan), tieKeys(unit, plan, sums));
	}

	/**
	 * The points of the leaves that apply; as negatives (penalties) if {@code negative}.
	 */
	private static BigDecimal sum(UnitScores unit, List<NodeDefinition> leaves, boolean negative) {
		BigDecimal sum = BigDecimal.ZERO;
		for (NodeDefinition leaf : leaves) {
			LeafFinal scores = unit.leaves().get(leaf.code());
			if (!notApplicable(scores)) {
				BigDecimal value = value(scores);
				sum = sum.add(negative ? value.abs().negate() : value);
			}
		}
		return sum;
	}

	/**
	 * A field's row: its leaves' points and the applicable maximum of its scored leaves.
	 */
	private static FieldResult field(UnitScores unit, FrameworkPlan plan, FrameworkPlan.FieldPlan field) {
		NodeDefinition node = field.field();
		boolean hasMax = node.maxPoints() != null && !node.outsideScale();
		BigDecimal points = sum(unit, field.leaves(), false);
		BigDecimal max = hasMax ? applicableMax(unit, field.leaves()) : null;
		return new FieldResult(node.code(), node.nameVi(), plan.round(points), (max != null) ? plan.round(max) : null,
				plan.percentOf(points, max));
	}

	private static BigDecimal applicableMax(UnitScores unit, List<NodeDefinition> leaves) {
		BigDecimal max = BigDecimal.ZERO;
		for (NodeDefinition leaf : leaves) {
			if (!notApplicable(unit.leaves().get(leaf.code())) && !outsideScale(leaf)) {
				max = max.add(maxOf(leaf));
			}
		}
		return max;
	}

	private static List<LostPoints> lost(UnitScores unit, FrameworkPlan plan) {
		List<LostPoints> lost = new ArrayList<>();
		for (NodeDefinition leaf : plan.scored) {
			LeafFinal scores = unit.leaves().get(leaf.code());
			BigDecimal gap = maxOf(leaf).subtract(value(scores));
			if (!notApplicable(scores) && gap.signum() > 0) {
				BigDecimal points = (scores != null) ? scores.points() : null;
				lost.add(new LostPoints(leaf.code(), leaf.nameVi(), maxOf(leaf),
						(points != null) ? plan.round(points) : null, plan.round(gap)));
			}
		}
		lost.sort(Comparator.comparing(LostPoints::lost, Comparator.reverseOrder())
			.thenComparing(LostPoints::code, CodeOrder.INSTANCE));
		return lost;
	}

	private static List<BigDecimal> tieKeys(UnitScores unit, FrameworkPlan plan, Sums sums) {
		List<BigDecimal> keys = new ArrayList<>();
		for (String entry : plan.settings.tieBreak()) {
			FrameworkPlan.FieldPlan node = plan.tieBreakNodes.get(entry);
			BigDecimal key = switch (entry) {
				case FrameworkPlan.SELF_ASSESSMENT_PART -> plan.round(sums.self);
				case FrameworkPlan.SURVEY_PART -> plan.round(sums.survey);
				default -> (node != null) ? field(unit, plan, node).percent() : null;
			};
			keys.add((key != null) ? key : NONE);
		}
		return keys;
	}

	private static boolean outsideScale(NodeDefinition leaf) {
		return leaf.outsideScale() || leaf.source() == Source.BONUS || leaf.source() == Source.PENALTY;
	}

	private static boolean notApplicable(@Nullable LeafFinal scores) {
		return scores != null && scores.notApplicable();
	}

	private static BigDecimal value(@Nullable LeafFinal scores) {
		BigDecimal points = (scores != null) ? scores.points() : null;
		return (points != null) ? points : BigDecimal.ZERO;
	}

	private static BigDecimal maxOf(NodeDefinition leaf) {
		BigDecimal max = leaf.maxPoints();
		return (max != null) ? max : BigDecimal.ZERO;
	}

	/** The running sums of a unit's scored leaves. */
	private static final class Sums {

		BigDecimal points = BigDecimal.ZERO;

		BigDecimal max = BigDecimal.ZERO;

		BigDecimal self = BigDecimal.ZERO;

		BigDecimal survey = BigDecimal.ZERO;

		void add(NodeDefinition leaf, @Nullable LeafFinal scores) {
			if (notApplicable(scores)) {
				return;
			}
			BigDecimal value = value(scores);
			this.points = this.points.add(value);
			this.max = this.max.add(maxOf(leaf));
			if (leaf.source() == Source.SELF_ASSESSMENT) {
				this.self = this.self.add(value);
			}
			else if (leaf.source() == Source.SURVEY) {
				this.survey = this.survey.add(value);
			}
		}

	}

}
