package vn.parindex.framework;

import java.util.List;

/**
 * One fault of a framework, listed against the node it concerns.
 *
 * @param nodeCode the node's code, or an empty string for the framework's settings
 * @param messageKey the reason, resolved against the message bundles
 * @param arguments the reason's arguments
 */
public record ValidationIssue(String nodeCode, String messageKey, List<Object> arguments) {

	public ValidationIssue {
		arguments = List.copyOf(arguments);
	}

	static ValidationIssue of(String nodeCode, String messageKey, Object... arguments) {
		return new ValidationIssue(nodeCode, messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
