package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One version of a leaf's points at one stage, written once and never changed (a trigger
 * refuses updates and deletes): who set it, when, and the comment.
 */
@Entity
@Table(name = "appraisal_score_version")
class ScoreVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long assessmentId;

	private String nodeCode;

	private String stage;

	private @Nullable BigDecimal points;

	private @Nullable String comment;

	private @Nullable Boolean flagged;

	private String setBy;

	private Instant setAt;

	protected ScoreVersion() {
		this.nodeCode = "";
		this.stage = "";
		this.setBy = "";
		this.setAt = Instant.EPOCH;
	}

	ScoreVersion(long assessmentId, String nodeCode, Stage stage, @Nullable BigDecimal points, @Nullable String comment,
			@Nullable Boolean flagged, String by, Instant at) {
		this.assessmentId = assessmentId;
		this.nodeCode = nodeCode;
		this.stage = stage.name();
		this.points = points;
		this.comment = comment;
		this.flagged = flagged;
		this.setBy = by;
		this.setAt = at;
	}

	/** The stages a leaf's points pass through. */
	enum Stage {

		SELF, ROUND_1, EXPLANATION, ROUND_2, FINAL

	}

}
