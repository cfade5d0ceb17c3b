package vn.parindex.remediation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored award proposal: a unit, the award the rules gave it, and the Sở Nội vụ's
 * decision.
 *
 * @param id the proposal
 * @param cycleId the period
 * @param publicationId the publication it was computed from
 * @param unitId the unit
 * @param award the award
 * @param reason why, in Vietnamese
 * @param status proposed, confirmed or removed
 * @param note the decision's note (required for a removal)
 * @param decidedBy who decided, null while proposed
 * @param decidedAt when
 * @param version the optimistic lock
 */
record AwardProposal(long id, long cycleId, long publicationId, long unitId, String award, String reason,
		AwardStatus status, @Nullable String note, @Nullable String decidedBy, @Nullable Instant decidedAt,
		long version) {

	/** The same proposal as a form saw it, for the optimistic lock. */
	AwardProposal withVersion(long seen) {
		return new AwardProposal(this.id, this.cycleId, this.publicationId, this.unitId, this.award, this.reason,
				this.status, this.note, this.decidedBy, this.decidedAt, seen);
	}

}
