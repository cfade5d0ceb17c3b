package vn.parindex.scoring;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A period's results were published, or corrected by a new publication.
 *
 * @param action PUBLISH or CORRECT
 * @param cycleId the period
 * @param before the publication superseded, null for the first
 * @param after the new publication: id, number, decision, SHA-256
 */
public record PublicationChanged(String action, long cycleId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "cycle";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.cycleId);
	}

}
