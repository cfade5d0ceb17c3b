package vn.parindex.organisation;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A sub-unit was created, renamed or deactivated.
 */
public record SubUnitChanged(String action, long subUnitId, @Nullable SubUnitSnapshot before,
		SubUnitSnapshot after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "sub-unit";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.subUnitId);
	}

}
