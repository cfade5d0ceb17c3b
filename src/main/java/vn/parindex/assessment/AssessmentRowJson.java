package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A unit in a period as the API lists it.
 *
 * @param assessmentId the assessment, null until the unit opens it
 * @param cycleId the period
 * @param cycleName its name
 * @param year its year
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param status the assessment's state, null until opened
 * @param done leaves scored or claimed N/A
 * @param total leaves to do
 * @param selfTotal the self-score so far
 * @param applicableMax the applicable maximum
 * @param percent self-score ÷ applicable maximum × 100, null when nothing applies
 * @param deadline the unit's self-assessment deadline
 * @param submittedAt when submitted
 */
record AssessmentRowJson(@Nullable Long assessmentId, long cycleId, String cycleName, int year, long unitId,
		String unitCode, String unitName, @Nullable AssessmentStatus status, int done, int total, BigDecimal selfTotal,
		BigDecimal applicableMax, @Nullable BigDecimal percent, @Nullable Instant deadline,
		@Nullable Instant submittedAt) {

	static AssessmentRowJson of(AssessmentRow row) {
		Tally progress = row.progress();
		return new AssessmentRowJson(row.assessmentId(), row.cycleId(), row.cycleName(), row.year(), row.unitId(),
				row.unitCode(), row.unitName(), row.status(), progress.done(), progress.total(), progress.self(),
				progress.max(), progress.percent(), row.deadline(), row.submittedAt());
	}

}
