package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A line of the proposal table.
 *
 * @param id the proposal
 * @param unitId the unit
 * @param unitName its name
 * @param groupName its peer group
 * @param rank its rank, null when unranked
 * @param rankedCount how many units are ranked in its group
 * @param percent its index %, null when the current results no longer have the unit
 * @param award the award
 * @param reason why
 * @param status proposed, confirmed or removed
 * @param note the decision's note
 * @param decidedBy who decided
 * @param decidedAt when
 * @param version the optimistic lock
 * @param stale whether the current results and rules no longer give the unit this award
 */
record AwardRow(long id, long unitId, String unitName, String groupName, @Nullable Integer rank, int rankedCount,
		@Nullable BigDecimal percent, String award, String reason, AwardStatus status, @Nullable String note,
		@Nullable String decidedBy, @Nullable Instant decidedAt, long version, boolean stale) {

	public boolean proposed() {
		return this.status == AwardStatus.PROPOSED;
	}

	public boolean confirmed() {
		return this.status == AwardStatus.CONFIRMED;
	}

	public boolean removed() {
		return this.status == AwardStatus.REMOVED;
	}

}
