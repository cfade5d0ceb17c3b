package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The immutable snapshot taken when the leader submits: every entry and evidence as they
 * stood, with the totals. A trigger keeps it unchanged; a withdrawal only stamps it.
 */
@Entity
@Table(name = "assessment_submission")
class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long assessmentId;

	private int seq;

	private Instant submittedAt;

	private String submittedBy;

	private BigDecimal selfTotal;

	private BigDecimal applicableMax;

	@JdbcTypeCode(SqlTypes.JSON)
	private String snapshot;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawnBy;

	private @Nullable String withdrawReason;

	protected Submission() {
		this.submittedAt = Instant.EPOCH;
		this.submittedBy = "";
		this.selfTotal = BigDecimal.ZERO;
		this.applicableMax = BigDecimal.ZERO;
		this.snapshot = "{}";
	}

	Submission(long assessmentId, int seq, Tally overall, String snapshot, String by, Instant now) {
		this.assessmentId = assessmentId;
		this.seq = seq;
		this.selfTotal = overall.self();
		this.applicableMax = overall.max();
		this.snapshot = snapshot;
		this.submittedBy = by;
		this.submittedAt = now;
	}

	void withdraw(String by, Instant now, String reason) {
		this.withdrawnAt = now;
		this.withdrawnBy = by;
		this.withdrawReason = reason;
	}

	int seq() {
		return this.seq;
	}

}
