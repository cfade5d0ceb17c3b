package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up a publication's lost points per leaf, across every unit of every peer group,
 * from the lost points frozen in each unit's result. Leaves are grouped by code and name
 * together (see {@link LeafLoss}).
 */
final class LeafLossTally {

	private static final Comparator<LeafLoss> MOST_LOST = Comparator.comparing(LeafLoss::totalLost)
		.reversed()
		.thenComparing(Comparator.comparingInt(LeafLoss::units).reversed())
		.thenComparing(LeafLoss::code, CodeOrder.INSTANCE)
		.thenComparing(LeafLoss::name);

	private LeafLossTally() {
	}

	/** The leaves with the most points lost in total, at most {@code limit}. */
	static List<LeafLoss> top(ResultsSnapshot snapshot, int limit) {
		Map<List<String>, LeafLoss> sums = new LinkedHashMap<>();
		snapshot.groups()
			.stream()
			.flatMap((group) -> group.units().stream())
			.flatMap((unit) -> unit.result().lost().stream())
			.forEach((lost) -> sums.merge(List.of(lost.code(), lost.name()),
					new LeafLoss(lost.code(), lost.name(), lost.max(), lost.lost(), 1), LeafLossTally::add));
		return sums.values().stream().sorted(MOST_LOST).limit(Math.max(0, limit)).toList();
	}

	private static LeafLoss add(LeafLoss a, LeafLoss b) {
		BigDecimal max = a.max().max(b.max());
		return new LeafLoss(a.code(), a.name(), max, a.totalLost().add(b.totalLost()), a.units() + b.units());
	}

}
