package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;
import vn.parindex.framework.NodeDefinition;

/**
 * The arithmetic of "what would it take": how many extra points lift a unit's % to a
 * target, recomputed with the calculator's own parts so bonus, penalty, the bonus stage,
 * the cap and rounding count exactly as in the published result.
 * <p>
 * Extra points are counted in steps of 10<sup>−decimals</sup> of the framework and can
 * only come from points the unit lost (max − points of its applicable scored leaves);
 * bonus and penalty stay as published. The % grows with the points, so the smallest
 * amount is found by halving.
 */
final class GapMath {

	private GapMath() {
	}

	/**
	 * The band just above the unit's (the lowest band when it is below all), and the
	 * points to reach it, the band's bound counted as inclusive or not as the framework
	 * says; null when the unit is already in the top band.
	 */
	static Gaps.@Nullable BandGap nextBand(UnitTally tally) {
		List<Band> bands = tally.plan().bands;
		int current = index(bands, tally.band());
		if (current == 0) {
			return null;
		}
		int target = current - 1;
		FrameworkPlan plan = tally.plan();
		return new Gaps.BandGap(bands.get(target),
				pointsToReach(tally, (percent) -> index(bands, plan.band(percent)) <= target));
	}

	/**
	 * The units to pass: those holding the largest rank smaller than the unit's (several
	 * when tied), or, for a unit first but tied, the units sharing first place; the
	 * points for a % strictly above theirs. Tie-breaks are not counted on: a higher %
	 * passes whatever they say. Null for a unit first alone or not ranked.
	 */
	static Gaps.@Nullable RankGap rankGap(SimulatedGroup group, UnitTally tally) {
		Integer rank = group.ranking.rank(tally);
		if (rank == null) {
			return null;
		}
		List<UnitTally> peers = (rank == 1) ? tiedWith(group, tally, 1) : tiedWith(group, tally, above(group, rank));
		if (peers.isEmpty()) {
			return null;
		}
		BigDecimal target = peers.stream().map(UnitTally::percent).max(Comparator.naturalOrder()).orElseThrow();
		return new Gaps.RankGap(rank == 1, peers.stream().map(group::peer).toList(),
				pointsToReach(tally, (percent) -> percent.compareTo(target) > 0));
	}

	/** The other ranked units sharing the unit's rank. */
	static List<Gaps.Peer> tied(SimulatedGroup group, UnitTally tally) {
		Integer rank = group.ranking.rank(tally);
		return (rank == null) ? List.of() : tiedWith(group, tally, rank).stream().map(group::peer).toList();
	}

	private static int above(SimulatedGroup group, int rank) {
		int above = 0;
		for (UnitTally other : group.ranking.ranked) {
			Integer its = group.ranking.rank(other);
			if (its != null && its < rank) {
				above = Math.max(above, its);
			}
		}
		return above;
	}

	private static List<UnitTally> tiedWith(SimulatedGroup group, UnitTally tally, int rank) {
		return group.ranking.ranked.stream()
			.filter((other) -> other.unit().unitId() != tally.unit().unitId())
			.filter((other) -> Objects.equals(group.ranking.rank(other), rank))
			.toList();
	}

	/**
	 * The fewest extra points for a % that {@code reached} accepts: 0 if it already does,
	 * null if all the lost points are not enough.
	 */
	static @Nullable BigDecimal pointsToReach(UnitTally tally, Predicate<BigDecimal> reached) {
		int decimals = tally.plan().settings.decimals();
		if (reached.test(tally.percent())) {
			return BigDecimal.ZERO.setScale(decimals);
		}
		BigDecimal total = totalLost(tally.unit(), tally.plan());
		if (total.signum() == 0 || !reached.test(percentWith(tally, total))) {
			return null;
		}
		BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
		long steps = smallest(total.divide(step, 0, RoundingMode.CEILING).longValueExact(),
				(count) -> reached.test(percentWith(tally, amount(count, step, total))));
		return amount(steps, step, total);
	}

	/**
	 * The smallest count in 1..high that passes, knowing that high passes and 0 fails.
	 */
	private static long smallest(long high, LongPredicate passes) {
		long low = 0;
		long upper = high;
		while (upper - low > 1) {
			long middle = (low + upper) >>> 1;
			if (passes.test(middle)) {
				upper = middle;
			}
			else {
				low = middle;
			}
		}
		return upper;
	}

	private static BigDecimal amount(long steps, BigDecimal step, BigDecimal total) {
		return step.multiply(BigDecimal.valueOf(steps)).min(total);
	}

	/** The unit's % recomputed with {@code extra} points more. */
	static BigDecimal percentWith(UnitTally tally, BigDecimal extra) {
		return UnitTally.of(withExtra(tally.unit(), tally.plan(), extra), tally.plan()).percent();
	}

	/**
	 * The unit with {@code extra} points spread over its lost points, each leaf filled up
	 * to its maximum in the framework's order (the % depends on the total only).
	 */
	static UnitScores withExtra(UnitScores unit, FrameworkPlan plan, BigDecimal extra) {
		Map<String, LeafFinal> leaves = new HashMap<>(unit.leaves());
		BigDecimal left = extra;
		for (NodeDefinition leaf : plan.scored) {
			BigDecimal gap = lost(unit, leaf);
			if (left.signum() > 0 && gap.signum() > 0) {
				BigDecimal added = gap.min(left);
				leaves.put(leaf.code(), LeafFinal.of(points(unit, leaf).add(added)));
				left = left.subtract(added);
			}
		}
		return new UnitScores(unit.unitId(), unit.unitName(), unit.peerGroupId(), unit.ranked(), unit.framework(),
				leaves);
	}

	/** All the points the unit lost on its applicable scored leaves. */
	static BigDecimal totalLost(UnitScores unit, FrameworkPlan plan) {
		return plan.scored.stream().map((leaf) -> lost(unit, leaf)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Max − points of a scored leaf; 0 when it does not apply. */
	static BigDecimal lost(UnitScores unit, NodeDefinition leaf) {
		LeafFinal scores = unit.leaves().get(leaf.code());
		if (scores != null && scores.notApplicable()) {
			return BigDecimal.ZERO;
		}
		return max(leaf).subtract(points(unit, leaf)).max(BigDecimal.ZERO);
	}

	static BigDecimal max(NodeDefinition leaf) {
		BigDecimal max = leaf.maxPoints();
		return (max != null) ? max : BigDecimal.ZERO;
	}

	static BigDecimal points(UnitScores unit, NodeDefinition leaf) {
		LeafFinal scores = unit.leaves().get(leaf.code());
		BigDecimal points = (scores != null) ? scores.points() : null;
		return (points != null) ? points : BigDecimal.ZERO;
	}

	private static int index(List<Band> bands, @Nullable Band band) {
		for (int i = 0; band != null && i < bands.size(); i++) {
			if (bands.get(i).code().equals(band.code())) {
				return i;
			}
		}
		return bands.size();
	}

}
