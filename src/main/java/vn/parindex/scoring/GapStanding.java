package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;

/**
 * Where a unit stands in its peer group, as published or as simulated.
 *
 * @param unitId the unit
 * @param code its code
 * @param name its name
 * @param points the scored part's points
 * @param applicableMax the applicable maximum
 * @param percent the index %
 * @param band the band of the index %, null if no band covers it
 * @param rank its rank (1, 2, 2, 4), null when the unit is not ranked
 * @param rankedCount how many units are ranked in the group
 */
public record GapStanding(long unitId, String code, String name, BigDecimal points, BigDecimal applicableMax,
		BigDecimal percent, @Nullable Band band, @Nullable Integer rank, int rankedCount) {

	static GapStanding of(String code, UnitTally tally, Ranking ranking) {
		UnitScores unit = tally.unit();
		return new GapStanding(unit.unitId(), code, unit.unitName(), tally.points(), tally.max(), tally.percent(),
				tally.band(), ranking.rank(tally), ranking.rankedCount());
	}

}
