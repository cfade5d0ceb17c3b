package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.Band;

/**
 * The figures of one peer group over its ranked units: average, median, count per band,
 * highest and lowest.
 */
final class GroupStatistics {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private GroupStatistics() {
	}

	static GroupFigures of(long peerGroupId, Ranking ranking) {
		List<UnitTally> ranked = ranking.ranked;
		Map<String, Integer> perBand = perBand(ranking);
		if (ranked.isEmpty()) {
			return new GroupFigures(peerGroupId, 0, null, null, perBand, null, null);
		}
		FrameworkPlan plan = ranked.get(0).plan();
		List<BigDecimal> percents = ranked.stream().map(UnitTally::percent).sorted().toList();
		BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal average = sum.divide(BigDecimal.valueOf(percents.size()), 12, RoundingMode.HALF_UP);
		return new GroupFigures(peerGroupId, ranked.size(), plan.round(average), plan.round(median(percents)), perBand,
				ranked.get(0).unit().unitId(), ranked.get(ranked.size() - 1).unit().unitId());
	}

	/**
	 * Every band of the group's frameworks, from the top, with its count of ranked units.
	 */
	private static Map<String, Integer> perBand(Ranking ranking) {
		Map<String, Integer> perBand = new LinkedHashMap<>();
		for (UnitTally tally : ranking.ordered()) {
			tally.plan().bands.forEach((band) -> perBand.putIfAbsent(band.code(), 0));
		}
		for (UnitTally tally : ranking.ranked) {
			Band band = tally.band();
			if (band != null) {
				perBand.merge(band.code(), 1, Integer::sum);
			}
		}
		return perBand;
	}

	private static BigDecimal median(List<BigDecimal> sorted) {
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle);
		}
		return sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO, 12, RoundingMode.HALF_UP);
	}

}
