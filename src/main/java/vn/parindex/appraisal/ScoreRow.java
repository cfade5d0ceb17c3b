package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A leaf's appraisal as the pages show it.
 *
 * @param nodeCode the leaf's code
 * @param selfPoints the self-score as submitted
 * @param selfNa whether the unit claimed N/A
 * @param round1Points round 1's points
 * @param round1Comment round 1's comment
 * @param naRefused whether round 1 refused the N/A claim
 * @param flagged whether the unit must explain the leaf
 * @param round1By who set round 1
 * @param round1At when
 * @param answer the unit's explanation
 * @param answerBy who wrote it
 * @param answerAt when
 * @param round2Points round 2's points
 * @param round2Comment round 2's comment
 * @param round2By who set round 2
 * @param round2At when
 * @param version the version a form sends back
 */
public record ScoreRow(String nodeCode, @Nullable BigDecimal selfPoints, boolean selfNa,
		@Nullable BigDecimal round1Points, @Nullable String round1Comment, boolean naRefused, boolean flagged,
		@Nullable String round1By, @Nullable Instant round1At, @Nullable String answer, @Nullable String answerBy,
		@Nullable Instant answerAt, @Nullable BigDecimal round2Points, @Nullable String round2Comment,
		@Nullable String round2By, @Nullable Instant round2At, long version) {

	public boolean round1Done() {
		return this.round1At != null;
	}

	public boolean round2Done() {
		return this.round2At != null;
	}

	/** The points that count: round 2's if set, else round 1's. */
	public @Nullable BigDecimal finalPoints() {
		return (this.round2At != null) ? this.round2Points : this.round1Points;
	}

	/** Self-score minus the points that count; null until appraised. */
	public @Nullable BigDecimal cut() {
		BigDecimal appraised = finalPoints();
		if (this.round1At == null || appraised == null) {
			return null;
		}
		return ((this.selfPoints != null) ? this.selfPoints : BigDecimal.ZERO).subtract(appraised);
	}

}
