package vn.parindex.framework.cycle;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A period was created, rescheduled, given frameworks, opened, closed, or granted a
 * deadline extension; before and after hold the changed part.
 */
public record CycleChanged(String action, long cycleId, @Nullable Object before,
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
