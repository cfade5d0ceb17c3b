package vn.parindex.shared;

import org.jspecify.annotations.Nullable;

/**
 * A fact that changed something users care about. The audit module records every event of
 * this type with the actor, the time, the request and the old and new values.
 */
public interface AuditableEvent {

	/**
	 * What happened, as a short verb phrase such as {@code CREATE} or {@code DEACTIVATE}.
	 */
	String action();

	/** The kind of object, such as {@code org-unit} or {@code user}. */
	String subjectType();

	String subjectId();

	/** The object's state before the change, or null when it was created. */
	@Nullable Object before();

	/** The object's state after the change, or null when it was deleted. */
	@Nullable Object after();

}
