package vn.parindex.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log as shown and exported.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable Long actorUnitId,
		@Nullable String actorUnitCode, String action, String subjectType, @Nullable String subjectId,
		@Nullable String oldValue, @Nullable String newValue, @Nullable String requestId, @Nullable String clientIp) {
}
