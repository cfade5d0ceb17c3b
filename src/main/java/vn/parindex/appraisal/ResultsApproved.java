package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;

/**
 * The council chair approved a period's appraisal results; the scores are locked.
 *
 * @param cycleId the period
 * @param unitIds the units whose results were approved
 * @param by the chair's username
 * @param at when
 */
public record ResultsApproved(long cycleId, List<Long> unitIds, String by, Instant at) {
}
