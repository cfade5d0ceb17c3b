package vn.parindex.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log as shown and exported.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable Long actorUnitId,
		@Nullable String actorUnitCode, String action, String subjectType, @Nullable String subjectId,
		@Nullable String oldValue, @Nullable String newValue, @Nullable String requestId, @Nullable String clientIp) {

	/**
	 * The same entry naming the actor's unit by its code, as the organisation module
	 * knows it.
	 */
	AuditEntry withUnitCode(java.util.Map<Long, String> codes) {
		String code = (this.actorUnitId != null) ? codes.get(this.actorUnitId) : null;
		return new AuditEntry(this.id, this.occurredAt, this.actor, this.actorUnitId, code, this.action,
				this.subjectType, this.subjectId, this.oldValue, this.newValue, this.requestId, this.clientIp);
	}

}
