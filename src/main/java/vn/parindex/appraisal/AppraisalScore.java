package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.shared.BusinessRuleException;

/**
 * One leaf of a unit's appraisal: the self-score as submitted, the round-1 points with
 * the comment, the flag for explanation, the unit's answer and the round-2 points. It
 * owns the rules: points within the leaf's range, and a comment whenever the points
 * differ from the earlier stage or N/A is refused.
 */
@Entity
@Table(name = "appraisal_score")
class AppraisalScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long assessmentId;

	private String nodeCode;

	private @Nullable BigDecimal selfPoints;

	private boolean selfNa;

	private @Nullable BigDecimal round1Points;

	private @Nullable String round1Comment;

	private boolean naRefused;

	private boolean flagged;

	private @Nullable String round1By;

	private @Nullable Instant round1At;

	private @Nullable String answer;

	private @Nullable String answerBy;

	private @Nullable Instant answerAt;

	private @Nullable BigDecimal round2Points;

	private @Nullable String round2Comment;

	private @Nullable String round2By;

	private @Nullable Instant round2At;

	@Version
	private long version;

	protected AppraisalScore() {
		this.nodeCode = "";
	}

	AppraisalScore(long assessmentId, String nodeCode) {
		this.assessmentId = assessmentId;
		this.nodeCode = nodeCode;
	}

	/** The self-score as (re)submitted; only before round 1 starts on the leaf. */
	void submitted(@Nullable BigDecimal points, boolean na) {
		this.selfPoints = points;
		this.selfNa = na;
	}

	/**
	 * Round 1: the points (null to accept N/A), N/A refused or not, the comment, the
	 * flag.
	 */
	void scoreRound1(NodeDefinition leaf, ScoreForm form, String by, Instant now) {
		boolean naRefused = this.selfNa && form.naRefused();
		if (this.selfNa && !naRefused && form.points() != null) {
			throw new BusinessRuleException("appraisal.na.points-without-refusal", leaf.code());
		}
		BigDecimal points = (this.selfNa && !naRefused) ? null : PointRange.require(leaf, form.points());
		String comment = trimmed(form.comment());
		if ((naRefused || !Objects.equals(normal(points), normal(this.selfPoints))) && comment == null) {
			throw new BusinessRuleException("appraisal.comment.required", leaf.code());
		}
		if (form.flagged() && comment == null) {
			throw new BusinessRuleException("appraisal.comment.required-for-flag", leaf.code());
		}
		this.round1Points = points;
		this.naRefused = naRefused;
		this.round1Comment = comment;
		this.flagged = form.flagged();
		this.round1By = by;
		this.round1At = now;
	}

	/** Round 2: the points after the explanation, with a comment when they change. */
	void scoreRound2(NodeDefinition leaf, ScoreForm form, String by, Instant now) {
		BigDecimal points = (this.selfNa && !this.naRefused && form.points() == null) ? null
				: PointRange.require(leaf, form.points());
		String comment = trimmed(form.comment());
		if (!Objects.equals(normal(points), normal(this.round1Points)) && comment == null) {
			throw new BusinessRuleException("appraisal.comment.required", leaf.code());
		}
		this.round2Points = points;
		this.round2Comment = comment;
		this.round2By = by;
		this.round2At = now;
	}

	/** The unit's answer in the explanation round. */
	void answer(@Nullable String text, String by, Instant now) {
		String answered = trimmed(text);
		if (answered != null && answered.length() > 8000) {
			throw new BusinessRuleException("appraisal.answer.too-long");
		}
		this.answer = answered;
		this.answerBy = by;
		this.answerAt = now;
	}

	/** Whether the leaf has points (or an accepted N/A) in the round. */
	boolean appraised(Round round) {
		return (round == Round.ROUND_1) ? this.round1At != null : this.round2At != null;
	}

	/** The points that count: round 2's if set, else round 1's. */
	@Nullable BigDecimal finalPoints() {
		return (this.round2At != null) ? this.round2Points : this.round1Points;
	}

	private static @Nullable BigDecimal normal(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long assessmentId() {
		return this.assessmentId;
	}

	String nodeCode() {
		return this.nodeCode;
	}

	/** Whether the unit's N/A claim stands: claimed and not refused. */
	boolean naAccepted() {
		return this.selfNa && !this.naRefused;
	}

	boolean flagged() {
		return this.flagged;
	}

	@Nullable BigDecimal round1Points() {
		return this.round1Points;
	}

	@Nullable BigDecimal round2Points() {
		return this.round2Points;
	}

	@Nullable String round1Comment() {
		return this.round1Comment;
	}

	@Nullable String round2Comment() {
		return this.round2Comment;
	}

	@Nullable String answer() {
		return this.answer;
	}

	long version() {
		return this.version;
	}

}
