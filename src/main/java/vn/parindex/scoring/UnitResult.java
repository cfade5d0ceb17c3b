package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;

/**
 * One unit's result for a period, computed from its final scores.
 *
 * @param unitId the unit
 * @param unitName the unit's name
 * @param peerGroupId the peer group it belongs to
 * @param points the points of the scored part (N/A leaves left out), without bonus and
 * penalty
 * @param applicableMax the maximum of the scored part with N/A leaves left out
 * @param percent the index %, bonus and penalty applied as the framework says
 * @param bonus the bonus applied (capped by the framework), 0 or more
 * @param penalty the penalty applied (capped by the framework), 0 or less
 * @param fields the result per field (top-level node), in the framework's order
 * @param rank the rank in the peer group; null when the unit is not ranked
 * @param rankedCount how many units are ranked in the peer group
 * @param band the classification band of the index %; null if no band covers it
 * @param change the change since the previous year
 * @param lost the points lost per scored leaf, the largest loss first
 */
public record UnitResult(long unitId, String unitName, long peerGroupId, BigDecimal points, BigDecimal applicableMax,
		BigDecimal percent, BigDecimal bonus, BigDecimal penalty, List<FieldResult> fields, @Nullable Integer rank,
		int rankedCount, @Nullable Band band, Change change, List<LostPoints> lost) {

	public UnitResult {
		fields = List.copyOf(fields);
		lost = List.copyOf(lost);
	}

}
