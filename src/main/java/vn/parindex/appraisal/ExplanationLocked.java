package vn.parindex.appraisal;

import java.time.Instant;

/**
 * The unit's leader locked its explanation (chốt giải trình); round 2 may start.
 *
 * @param assessmentId the unit's assessment
 * @param cycleId its period
 * @param unitId the unit
 * @param by the leader's username
 * @param at when
 */
public record ExplanationLocked(long assessmentId, long cycleId, long unitId, String by, Instant at) {
}
