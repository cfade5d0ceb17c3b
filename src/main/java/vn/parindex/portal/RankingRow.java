package vn.parindex.portal;

import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;

/**
 * One line of a published ranking.
 *
 * @param code the unit's code
 * @param result its published result
 * @param movement its change since the previous year, as shown
 */
record RankingRow(String code, UnitResult result, Movement movement) {

	static RankingRow of(ResultsSnapshot.Unit unit) {
		return new RankingRow(unit.code(), unit.result(), Movement.of(unit.result().change()));
	}

	public boolean ranked() {
		return this.result.rank() != null;
	}

}
