package vn.parindex.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.parindex.shared.BusinessRuleException;

/**
 * A unit's self-assessment in one period. It guards the state: entries change only in a
 * draft, submission needs a clean check, withdrawal only before appraisal starts, and the
 * appraisal moves it on only as {@link AssessmentStatus} allows.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long cycleId;

	private long unitId;

	private long frameworkId;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status = AssessmentStatus.DRAFT;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedBy;

	@Version
	private long version;

	protected Assessment() {
		this.createdAt = Instant.EPOCH;
	}

	Assessment(long cycleId, long unitId, long frameworkId, Instant now) {
		this.cycleId = cycleId;
		this.unitId = unitId;
		this.frameworkId = frameworkId;
		this.createdAt = now;
	}

	/** Refuses a change to entries or evidence unless this is a draft. */
	void requireDraft() {
		if (this.status != AssessmentStatus.DRAFT) {
			throw new BusinessRuleException("assessment.not-editable");
		}
	}

	/** Locks the assessment as submitted; the caller has checked there is no problem. */
	void submit(String by, Instant now) {
		requireDraft();
		this.status = AssessmentStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = by;
	}

	/** Back to a draft, allowed only while submitted and before appraisal starts. */
	void withdraw() {
		if (this.status != AssessmentStatus.SUBMITTED) {
			throw new BusinessRuleException((this.status == AssessmentStatus.DRAFT)
					? "assessment.withdraw.not-submitted" : "assessment.withdraw.in-appraisal");
		}
		this.status = AssessmentStatus.DRAFT;
		this.submittedAt = null;
		this.submittedBy = null;
	}

	/**
	 * Moves to a later state of the appraisal workflow, refusing a move the workflow does
	 * not allow; returns the state it left.
	 */
	AssessmentStatus moveTo(AssessmentStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new BusinessRuleException("assessment.transition.refused", label(this.status), label(next));
		}
		AssessmentStatus previous = this.status;
		this.status = next;
		return previous;
	}

	private static MessageSourceResolvable label(AssessmentStatus status) {
		return new DefaultMessageSourceResolvable("assessment.status." + status.name());
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long cycleId() {
		return this.cycleId;
	}

	long unitId() {
		return this.unitId;
	}

	long frameworkId() {
		return this.frameworkId;
	}

	AssessmentStatus status() {
		return this.status;
	}

	@Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	@Nullable String submittedBy() {
		return this.submittedBy;
	}

	long version() {
		return this.version;
	}

}
