package vn.parindex.portal;

import java.util.List;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;

/**
 * The portal's home: the latest published ranking of every peer group and the published
 * periods.
 *
 * @param groups each peer group's latest publication with its top units
 * @param periods the current publication of every published period, newest first
 */
record HomeView(List<Latest> groups, List<Publication> periods) {

	/**
	 * A peer group's latest published ranking.
	 *
	 * @param publication where it was published
	 * @param group the group
	 * @param top its first units
	 */
	record Latest(Publication publication, ResultsSnapshot.Group group, List<RankingRow> top) {
	}

}
