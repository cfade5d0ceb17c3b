package vn.parindex.remediation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's summary as the audit records it.
 *
 * @param status its status
 * @param publicationId the publication it answers
 * @param leaves the lost leaves it lists
 * @param items how many lines it has
 * @param returnNote the Sở Nội vụ's note when it was returned
 */
public record PlanSnapshot(PlanStatus status, long publicationId, List<String> leaves, int items,
		@Nullable String returnNote) {
}
