package vn.parindex.organisation;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A unit was created, edited or given a new lineage.
 */
public record OrgUnitChanged(String action, long unitId, @Nullable UnitSnapshot before,
		UnitSnapshot after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "org-unit";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.unitId);
	}

}
