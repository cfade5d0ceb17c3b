package vn.parindex.framework.rule;

import java.util.List;

/**
 * A fault in a rule's parameters, as a message key and its arguments.
 */
public record RuleProblem(String messageKey, List<Object> arguments) {

	public RuleProblem {
		arguments = List.copyOf(arguments);
	}

	static RuleProblem of(String messageKey, Object... arguments) {
		return new RuleProblem(messageKey, List.of(arguments));
	}

}
