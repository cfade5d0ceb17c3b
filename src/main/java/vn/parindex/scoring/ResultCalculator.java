package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.FrameworkDefinition;

/**
 * Computes a period's results from the units' final scores: index %, fields, bonus and
 * penalty, rank in the peer group, band, year-over-year change and lost points, and the
 * figures of each peer group. A pure function: the results are recomputed from the stored
 * scores, never edited by hand. The rules are described in {@code docs/scoring.md}.
 */
public final class ResultCalculator {

	/**
	 * The results of a period.
	 * @param units the final scores of every unit scored in the period
	 * @param previous last year's results, keyed by the current unit id, for units with a
	 * 1:1 predecessor (the caller follows the lineage)
	 * @param notComparable units whose change cannot be shown because they were merged or
	 * split; they win over an entry in {@code previous}
	 */
	public PeriodResults compute(List<UnitScores> units, Map<Long, PreviousResult> previous, Set<Long> notComparable) {
		Map<FrameworkDefinition, FrameworkPlan> plans = new IdentityHashMap<>();
		Map<Long, List<UnitTally>> groups = new TreeMap<>();
		for (UnitScores unit : units) {
			FrameworkPlan plan = plans.computeIfAbsent(unit.framework(), FrameworkPlan::of);
			groups.computeIfAbsent(unit.peerGroupId(), (id) -> new ArrayList<>()).add(UnitTally.of(unit, plan));
		}
		List<UnitResult> results = new ArrayList<>();
		List<GroupFigures> figures = new ArrayList<>();
		groups.forEach((peerGroupId, tallies) -> {
			Ranking ranking = Ranking.of(tallies);
			for (UnitTally tally : ranking.ordered()) {
				results.add(result(tally, ranking, change(tally, ranking.rank(tally), previous, notComparable)));
			}
			figures.add(GroupStatistics.of(peerGroupId, ranking));
		});
		return new PeriodResults(results, figures);
	}

	private static UnitResult result(UnitTally tally, Ranking ranking, Change change) {
		UnitScores unit = tally.unit();
		return new UnitResult(unit.unitId(), unit.unitName(), unit.peerGroupId(), tally.points(), tally.max(),
				tally.percent(), tally.bonus(), tally.penalty(), tally.fields(), ranking.rank(tally),
				ranking.rankedCount(), tally.band(), change, tally.lost());
	}

	private static Change change(UnitTally tally, @Nullable Integer rank, Map<Long, PreviousResult> previous,
			Set<Long> notComparable) {
		long unitId = tally.unit().unitId();
		PreviousResult before = previous.get(unitId);
		if (notComparable.contains(unitId)) {
			return Change.notComparable();
		}
		if (before == null) {
			return Change.noPrevious();
		}
		Integer beforeRank = before.rank();
		Integer places = (rank != null && beforeRank != null) ? beforeRank - rank : null;
		FrameworkPlan plan = tally.plan();
		return new Change(ChangeKind.COMPARED, plan.round(tally.points().subtract(before.points())),
				plan.round(tally.percent().subtract(before.percent())), places);
	}

}
