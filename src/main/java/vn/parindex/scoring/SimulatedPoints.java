package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.shared.Formats;

/**
 * The simulator's input: hypothetical points for a unit's scored leaves, checked against
 * the framework, and the leaves the form offers.
 */
final class SimulatedPoints {

	static final String UNKNOWN = "remediation.gaps.simulate.unknown-leaf";

	static final String NOT_APPLICABLE = "remediation.gaps.simulate.not-applicable";

	static final String RANGE = "remediation.gaps.simulate.range";

	static final String DECIMALS = "remediation.gaps.simulate.decimals";

	private SimulatedPoints() {
	}

	/**
	 * The unit with the given points in place of the published ones. Each must be for a
	 * scored leaf of the framework that applies to the unit, from 0 to the leaf's
	 * maximum, with at most the framework's decimals.
	 * @throws SimulationRejectedException naming the first faulty leaf in code order
	 */
	static UnitScores apply(UnitScores unit, FrameworkPlan plan, Map<String, BigDecimal> points) {
		Map<String, LeafFinal> leaves = new HashMap<>(unit.leaves());
		Map<String, BigDecimal> ordered = new TreeMap<>(CodeOrder.INSTANCE);
		ordered.putAll(points);
		ordered.forEach((code, value) -> {
			NodeDefinition leaf = scoredLeaf(plan, code);
			LeafFinal published = unit.leaves().get(code);
			if (published == null || published.points() == null || published.points().compareTo(value) != 0) {
				check(unit, plan, leaf, value);
				leaves.put(code, LeafFinal.of(value));
			}
		});
		return new UnitScores(unit.unitId(), unit.unitName(), unit.peerGroupId(), unit.ranked(), unit.framework(),
				leaves);
	}

	private static NodeDefinition scoredLeaf(FrameworkPlan plan, String code) {
		return plan.scored.stream()
			.filter((leaf) -> leaf.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new SimulationRejectedException(UNKNOWN, code));
	}

	private static void check(UnitScores unit, FrameworkPlan plan, NodeDefinition leaf, BigDecimal value) {
		LeafFinal published = unit.leaves().get(leaf.code());
		if (published != null && published.notApplicable()) {
			throw new SimulationRejectedException(NOT_APPLICABLE, leaf.code(), leaf.nameVi());
		}
		BigDecimal max = GapMath.max(leaf);
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			throw new SimulationRejectedException(RANGE, leaf.code(), leaf.nameVi(), Formats.number(max));
		}
		int decimals = plan.settings.decimals();
		if (value.stripTrailingZeros().scale() > decimals) {
			throw new SimulationRejectedException(DECIMALS, leaf.code(), leaf.nameVi(), decimals);
		}
	}

	/** The leaves whose points differ between the two, in the framework's order. */
	static List<Simulation.LeafChange> changes(UnitScores before, UnitScores after, FrameworkPlan plan) {
		List<Simulation.LeafChange> changes = new ArrayList<>();
		for (NodeDefinition leaf : plan.scored) {
			BigDecimal from = GapMath.points(before, leaf);
			BigDecimal to = GapMath.points(after, leaf);
			if (from.compareTo(to) != 0) {
				changes.add(new Simulation.LeafChange(leaf.code(), leaf.nameVi(), GapMath.max(leaf), plan.round(from),
						plan.round(to)));
			}
		}
		return changes;
	}

	/** The unit's scored leaves that apply to it, by field, for the simulator's form. */
	static List<Gaps.FieldLeaves> fields(UnitScores unit, FrameworkPlan plan) {
		List<Gaps.FieldLeaves> fields = new ArrayList<>();
		for (FrameworkPlan.FieldPlan field : plan.fields) {
			List<Gaps.ScoredLeaf> leaves = field.leaves()
				.stream()
				.filter(plan.scored::contains)
				.filter((leaf) -> !notApplicable(unit, leaf))
				.map((leaf) -> new Gaps.ScoredLeaf(leaf.code(), leaf.nameVi(), GapMath.max(leaf),
						GapMath.points(unit, leaf), GapMath.lost(unit, leaf)))
				.toList();
			if (!leaves.isEmpty()) {
				fields.add(new Gaps.FieldLeaves(field.field().code(), field.field().nameVi(), leaves));
			}
		}
		return fields;
	}

	private static boolean notApplicable(UnitScores unit, NodeDefinition leaf) {
		LeafFinal scores = unit.leaves().get(leaf.code());
		return scores != null && scores.notApplicable();
	}

}
