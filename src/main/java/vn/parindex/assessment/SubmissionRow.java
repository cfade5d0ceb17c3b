package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One submission of an assessment and, if it happened, its withdrawal.
 *
 * @param seq 1 for the first submission
 * @param submittedAt when
 * @param submittedBy by whom
 * @param selfTotal the self-score total then
 * @param applicableMax the applicable maximum then
 * @param withdrawnAt when it was withdrawn, null if not
 * @param withdrawnBy by whom
 * @param withdrawReason why
 */
public record SubmissionRow(int seq, Instant submittedAt, String submittedBy, BigDecimal selfTotal,
		BigDecimal applicableMax, @Nullable Instant withdrawnAt, @Nullable String withdrawnBy,
		@Nullable String withdrawReason) {
}
