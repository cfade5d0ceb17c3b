package vn.parindex.appraisal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.LockedException;

/**
 * The appraisal of one unit's assessment: which round is open, when each closed, the
 * explanation deadline, the council's return and the lock after approval.
 */
@Entity
@Table(name = "appraisal")
class Appraisal {

	@Id
	private long assessmentId;

	private long cycleId;

	private long unitId;

	private long peerGroupId;

	private long frameworkId;

	private @Nullable Instant round1ClosedAt;

	private @Nullable Instant explanationDeadline;

	private @Nullable Instant explanationLockedAt;

	private @Nullable String explanationLockedBy;

	private @Nullable Instant round2ClosedAt;

	private @Nullable Instant returnedAt;

	private @Nullable String returnedBy;

	private @Nullable String returnedReason;

	private @Nullable Instant lockedAt;

	private @Nullable String lockedBy;

	@Version
	private long version;

	protected Appraisal() {
	}

	Appraisal(long assessmentId, long cycleId, long unitId, long peerGroupId, long frameworkId) {
		this.assessmentId = assessmentId;
		this.cycleId = cycleId;
		this.unitId = unitId;
		this.peerGroupId = peerGroupId;
		this.frameworkId = frameworkId;
	}

	/** The round appraisers work in now, given the assessment's state. */
	Round round(AssessmentStatus status, Instant now) {
		return switch (status) {
			case SUBMITTED, IN_APPRAISAL -> (this.round1ClosedAt == null) ? Round.ROUND_1 : Round.NONE;
			case EXPLAINED, RETURNED -> Round.ROUND_2;
			case EXPLANATION_REQUESTED -> explanationOver(now) ? Round.ROUND_2 : Round.NONE;
			default -> Round.NONE;
		};
	}

	/** Refuses unless the round is the one open now. */
	void requireRound(Round wanted, AssessmentStatus status, Instant now) {
		if (this.lockedAt != null) {
			throw new LockedException("appraisal.locked");
		}
		if (round(status, now) != wanted) {
			throw new BusinessRuleException(
					(wanted == Round.ROUND_1) ? "appraisal.round1.not-open" : "appraisal.round2.not-open");
		}
	}

	boolean explanationOver(Instant now) {
		return this.explanationLockedAt != null
				|| (this.explanationDeadline != null && !now.isBefore(this.explanationDeadline));
	}

	void closeRound1(Instant now, @Nullable Instant deadline) {
		this.round1ClosedAt = now;
		this.explanationDeadline = deadline;
	}

	/** Follows the period's explanation deadline for the unit, extension included. */
	void extendExplanation(Instant deadline) {
		if (!deadline.equals(this.explanationDeadline)) {
			this.explanationDeadline = deadline;
		}
	}

	void explanationLocked(String by, Instant now) {
		this.explanationLockedAt = now;
		this.explanationLockedBy = by;
	}

	void closeRound2(Instant now) {
		this.round2ClosedAt = now;
	}

	/** The council sends the unit back to round 2 (or unlocks it) with a reason. */
	void returned(String by, Instant now, String reason) {
		this.returnedAt = now;
		this.returnedBy = by;
		this.returnedReason = reason;
		this.round2ClosedAt = null;
		this.lockedAt = null;
		this.lockedBy = null;
	}

	void lock(String by, Instant now) {
		this.lockedAt = now;
		this.lockedBy = by;
	}

	/** Ready for the council: round 1 closed without flags, or round 2 closed. */
	boolean ready(AssessmentStatus status) {
		return (status == AssessmentStatus.IN_APPRAISAL && this.round1ClosedAt != null)
				|| status == AssessmentStatus.REAPPRAISED;
	}

	boolean returnedToCouncil() {
		return this.returnedAt != null;
	}

	long assessmentId() {
		return this.assessmentId;
	}

	long cycleId() {
		return this.cycleId;
	}

	long unitId() {
		return this.unitId;
	}

	long peerGroupId() {
		return this.peerGroupId;
	}

	long frameworkId() {
		return this.frameworkId;
	}

	@Nullable Instant round1ClosedAt() {
		return this.round1ClosedAt;
	}

	@Nullable Instant explanationDeadline() {
		return this.explanationDeadline;
	}

	@Nullable Instant explanationLockedAt() {
		return this.explanationLockedAt;
	}

	@Nullable Instant round2ClosedAt() {
		return this.round2ClosedAt;
	}

	@Nullable String returnedReason() {
		return this.returnedReason;
	}

	@Nullable Instant lockedAt() {
		return this.lockedAt;
	}

	long version() {
		return this.version;
	}

}
