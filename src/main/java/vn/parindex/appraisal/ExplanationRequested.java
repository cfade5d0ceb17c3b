package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;

/**
 * Round 1 closed for a unit with leaves flagged "yêu cầu giải trình"; the unit must
 * answer them before the deadline.
 *
 * @param assessmentId the unit's assessment
 * @param cycleId its period
 * @param unitId the unit
 * @param codes the flagged leaves, in tree order
 * @param deadline the unit's explanation deadline, extension included
 */
public record ExplanationRequested(long assessmentId, long cycleId, long unitId, List<String> codes, Instant deadline) {
}
