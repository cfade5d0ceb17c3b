package vn.parindex.remediation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A unit the rules propose for an award.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param groupName its peer group
 * @param rank its rank in the group, null when unranked
 * @param rankedCount how many units are ranked in the group
 * @param percent its index %
 * @param award the award of the first rule it meets
 * @param reason why, in Vietnamese, such as "Hạng 1/18 nhóm Sở, ban, ngành"
 */
record AwardCandidate(long unitId, String unitName, String groupName, @Nullable Integer rank, int rankedCount,
		BigDecimal percent, String award, String reason) {
}
