package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.framework.rule.RuleInputKind;
import vn.parindex.organisation.UnitType;

/**
 * The self-assessment arithmetic, as pure functions: which leaves a unit enters, the
 * self-score of one leaf, the totals per node and the problems that block submission.
 */
final class SelfScores {

	private static final Set<Source> ENTERED = Set.of(Source.SELF_ASSESSMENT, Source.BONUS, Source.PENALTY);

	private SelfScores() {
	}

	/** Whether the unit enters the leaf itself: self-assessed, bonus or penalty. */
	static boolean entered(NodeDefinition leaf) {
		return leaf.scored() && leaf.source() != null && ENTERED.contains(leaf.source());
	}

	/** Whether the leaf must be scored before submission: the self-assessed ones. */
	static boolean required(NodeDefinition leaf) {
		return leaf.scored() && leaf.source() == Source.SELF_ASSESSMENT;
	}

	static boolean applies(NodeDefinition node, UnitType type) {
		return node.appliesTo().isEmpty() || node.appliesTo().contains(type);
	}

	/** The leaves the unit enters, in tree order. */
	static List<NodeDefinition> enteredLeaves(FrameworkDefinition framework, UnitType type) {
		return framework.leaves().stream().filter((leaf) -> entered(leaf) && applies(leaf, type)).toList();
	}

	/**
	 * The leaf's self-score from the inputs; null while an input its rule needs is
	 * missing.
	 */
	static @Nullable BigDecimal points(NodeDefinition leaf, RuleInput input) {
		Rule rule = leaf.rule();
		if (rule == null || !complete(rule, input)) {
			return null;
		}
		// bonus and penalty leaves have no maximum: their rules cap themselves
		return rule.points((leaf.maxPoints() != null) ? leaf.maxPoints() : BigDecimal.ZERO, input);
	}

	/**
	 * Only the inputs the leaf's rule reads; anything else sent is dropped, not stored.
	 */
	static RuleInput used(NodeDefinition leaf, RuleInput input) {
		List<RuleInputKind> kinds = (leaf.rule() != null) ? leaf.rule().inputs() : List.of();
		return new RuleInput(kinds.contains(RuleInputKind.MET) ? input.met() : null,
				kinds.contains(RuleInputKind.NUMERATOR) ? input.numerator() : null,
				kinds.contains(RuleInputKind.DENOMINATOR) ? input.denominator() : null,
				kinds.contains(RuleInputKind.VALUE) ? input.value() : null,
				kinds.contains(RuleInputKind.COUNT) ? input.count() : null,
				kinds.contains(RuleInputKind.POINTS) ? input.points() : null,
				kinds.contains(RuleInputKind.EVENTS) ? input.events() : java.util.Map.of(), null);
	}

	static boolean complete(Rule rule, RuleInput input) {
		return rule.inputs().stream().allMatch((kind) -> has(kind, input));
	}

	private static boolean has(RuleInputKind kind, RuleInput input) {
		return switch (kind) {
			case MET -> input.met() != null;
			case NUMERATOR -> input.numerator() != null;
			case DENOMINATOR -> input.denominator() != null;
			case VALUE -> input.value() != null;
			case COUNT -> input.count() != null;
			case POINTS -> input.points() != null;
			case EVENTS -> true;
			case SURVEY_INDEX -> input.surveyIndex() != null;
		};
	}

	/**
	 * The totals of every node over the required leaves that apply to the unit, keyed by
	 * code, with the whole framework (fields inside the scale) under the key {@code ""}.
	 */
	static Map<String, Tally> tallies(FrameworkDefinition framework, UnitType type, Map<String, LeafState> states) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Tally overall = Tally.ZERO;
		for (NodeDefinition field : framework.children(null)) {
			Tally tally = tally(framework, field, type, states, tallies);
			if (!field.outsideScale()) {
				overall = overall.plus(tally);
			}
		}
		tallies.put("", overall);
		return tallies;
	}

	private static Tally tally(FrameworkDefinition framework, NodeDefinition node, UnitType type,
			Map<String, LeafState> states, Map<String, Tally> into) {
		List<NodeDefinition> children = framework.children(node.code());
		Tally tally = Tally.ZERO;
		if (children.isEmpty()) {
			tally = leafTally(node, type, states.getOrDefault(node.code(), LeafState.EMPTY));
		}
		for (NodeDefinition child : children) {
			tally = tally.plus(tally(framework, child, type, states, into));
		}
		into.put(node.code(), tally);
		return tally;
	}

	private static Tally leafTally(NodeDefinition leaf, UnitType type, LeafState state) {
		if (!required(leaf) || !applies(leaf, type) || leaf.maxPoints() == null) {
			return Tally.ZERO;
		}
		BigDecimal max = state.naClaimed() ? BigDecimal.ZERO : leaf.maxPoints();
		BigDecimal self = (state.selfPoints() != null) ? state.selfPoints() : BigDecimal.ZERO;
		return new Tally(max, self, state.done() ? 1 : 0, 1);
	}

	/**
	 * What blocks submission, leaf by leaf in tree order: unscored, or evidence missing.
	 */
	static List<Problem> problems(FrameworkDefinition framework, UnitType type, Map<String, LeafState> states) {
		List<Problem> problems = new ArrayList<>();
		for (NodeDefinition leaf : enteredLeaves(framework, type)) {
			LeafState state = states.getOrDefault(leaf.code(), LeafState.EMPTY);
			if (required(leaf) && !state.done()) {
				problems.add(new Problem(leaf.code(), leaf.nameVi(), Problem.Kind.UNSCORED));
			}
			if (missingEvidence(leaf, state)) {
				problems.add(new Problem(leaf.code(), leaf.nameVi(), Problem.Kind.EVIDENCE_MISSING));
			}
		}
		return problems;
	}

	/** What the leader should read before submitting: N/A claims and unexplained cuts. */
	static List<Problem> warnings(FrameworkDefinition framework, UnitType type, Map<String, LeafState> states) {
		List<Problem> warnings = new ArrayList<>();
		for (NodeDefinition leaf : enteredLeaves(framework, type)) {
			LeafState state = states.getOrDefault(leaf.code(), LeafState.EMPTY);
			if (state.naClaimed()) {
				warnings.add(new Problem(leaf.code(), leaf.nameVi(), Problem.Kind.NA_CLAIMED));
			}
			else if (required(leaf) && state.selfPoints() != null && leaf.maxPoints() != null
					&& state.selfPoints().compareTo(leaf.maxPoints()) < 0 && !state.explained()) {
				warnings.add(new Problem(leaf.code(), leaf.nameVi(), Problem.Kind.NO_EXPLANATION));
			}
		}
		return warnings;
	}

	/**
	 * Evidence is required, N/A is not claimed and nothing is attached; on a bonus or
	 * penalty leaf only when it claims points.
	 */
	static boolean missingEvidence(NodeDefinition leaf, LeafState state) {
		boolean claims = required(leaf) || (state.selfPoints() != null && state.selfPoints().signum() != 0);
		return leaf.evidenceRequired() && claims && !state.naClaimed() && state.evidenceCount() == 0;
	}

}
