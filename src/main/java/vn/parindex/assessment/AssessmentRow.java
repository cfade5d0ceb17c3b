package vn.parindex.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.cycle.CycleStatus;

/**
 * A unit in a period, in the lists of assessments.
 *
 * @param assessmentId the assessment, null until the unit opens it
 * @param cycleId the period
 * @param cycleName its name
 * @param year its year
 * @param cycleStatus whether the period is open
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param status the assessment's state, null until opened
 * @param progress its totals, zero until opened
 * @param deadline the unit's self-assessment deadline
 * @param submittedAt when submitted
 */
public record AssessmentRow(@Nullable Long assessmentId, long cycleId, String cycleName, int year,
		CycleStatus cycleStatus, long unitId, String unitCode, String unitName, @Nullable AssessmentStatus status,
		Tally progress, @Nullable Instant deadline, @Nullable Instant submittedAt) {
}
