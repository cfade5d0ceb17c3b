package vn.parindex.framework;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A framework was created, imported, cloned, edited or locked; before and after hold the
 * changed part (a node, the settings, or a summary).
 */
public record FrameworkChanged(String action, long frameworkId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "framework";
	}

	@Override
	public String subjectId() {
		return Long.toString(this.frameworkId);
	}

}
