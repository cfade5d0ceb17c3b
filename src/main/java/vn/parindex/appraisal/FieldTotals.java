package vn.parindex.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The totals of one field of one unit.
 *
 * @param assessmentId the unit's assessment
 * @param unitId the unit
 * @param areaCode the field
 * @param selfTotal the self-score
 * @param round1Total round 1's points, null before any
 * @param round2Total the points after round 2, null when round 2 changed nothing there
 * @param finalTotal the points that count, null before any
 * @param unappraised leaves without round-1 points
 */
public record FieldTotals(long assessmentId, long unitId, String areaCode, BigDecimal selfTotal,
		@Nullable BigDecimal round1Total, @Nullable BigDecimal round2Total, @Nullable BigDecimal finalTotal,
		long unappraised) {

	/** Self-score minus the points that count; null until appraised. */
	public @Nullable BigDecimal cut() {
		return (this.finalTotal != null) ? this.selfTotal.subtract(this.finalTotal) : null;
	}

}
