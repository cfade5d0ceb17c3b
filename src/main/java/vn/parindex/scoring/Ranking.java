package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The ranking of one peer group: ranked units by index %, then by the framework's
 * tie-breaks in order; units still equal share a rank and the next rank skips (standard
 * competition ranking: 1, 2, 2, 4). Units scored but not ranked get no rank and do not
 * count in the others' ranks.
 */
final class Ranking {

	private static final Comparator<UnitTally> STANDING = Ranking::standing;

	private static final Comparator<UnitTally> ORDER = STANDING.thenComparingLong((tally) -> tally.unit().unitId());

	final List<UnitTally> ranked = new ArrayList<>();

	final List<UnitTally> unranked = new ArrayList<>();

	private final Map<Long, Integer> ranks = new HashMap<>();

	private Ranking() {
	}

	static Ranking of(List<UnitTally> tallies) {
		Ranking ranking = new Ranking();
		tallies.forEach((tally) -> (tally.unit().ranked() ? ranking.ranked : ranking.unranked).add(tally));
		ranking.ranked.sort(ORDER);
		ranking.unranked.sort(ORDER);
		for (int i = 0; i < ranking.ranked.size(); i++) {
			UnitTally tally = ranking.ranked.get(i);
			boolean tied = i > 0 && standing(ranking.ranked.get(i - 1), tally) == 0;
			int rank = tied ? ranking.ranks.get(ranking.ranked.get(i - 1).unit().unitId()) : i + 1;
			ranking.ranks.put(tally.unit().unitId(), rank);
		}
		return ranking;
	}

	@Nullable Integer rank(UnitTally tally) {
		return this.ranks.get(tally.unit().unitId());
	}

	int rankedCount() {
		return this.ranked.size();
	}

	/** The ranked units in rank order, then the unranked ones by index %. */
	List<UnitTally> ordered() {
		List<UnitTally> ordered = new ArrayList<>(this.ranked);
		ordered.addAll(this.unranked);
		return ordered;
	}

	/** Negative when {@code a} stands above {@code b}, 0 when they tie. */
	static int standing(UnitTally a, UnitTally b) {
		int order = b.percent().compareTo(a.percent());
		List<BigDecimal> left = a.tieKeys();
		List<BigDecimal> right = b.tieKeys();
		for (int i = 0; order == 0 && i < Math.min(left.size(), right.size()); i++) {
			order = right.get(i).compareTo(left.get(i));
		}
		return order;
	}

}
