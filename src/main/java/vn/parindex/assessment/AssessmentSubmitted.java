package vn.parindex.assessment;

import java.time.Instant;

/**
 * A unit's leader submitted its self-assessment; the appraisal module starts from here.
 *
 * @param assessmentId the assessment
 * @param cycleId its period
 * @param unitId its unit
 * @param seq the number of the snapshot taken
 * @param submittedAt when
 */
public record AssessmentSubmitted(long assessmentId, long cycleId, long unitId, int seq, Instant submittedAt) {
}
