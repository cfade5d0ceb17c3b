package vn.parindex.scoring;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * The official points of a period were imported, replacing the earlier import if any.
 *
 * @param cycleId the period
 * @param before the replaced import: id, file, SHA-256, counts; null for the first
 * @param after the new import: id, source, file, SHA-256, counts
 */
public record ResultsImported(long cycleId, @Nullable Object before, Object after) implements AuditableEvent {

	@Override
	public String action() {
		return "IMPORT_RESULTS";
	}

	@Override
	public String subjectType() {
		return "cycle";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.cycleId);
	}

}
