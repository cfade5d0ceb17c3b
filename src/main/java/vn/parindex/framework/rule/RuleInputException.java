package vn.parindex.framework.rule;

import vn.parindex.shared.BusinessRuleException;

/**
 * The inputs cannot be scored: one is missing or out of range. The message key names the
 * problem, such as {@code framework.rule.input-missing}.
 */
public class RuleInputException extends BusinessRuleException {

	public RuleInputException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	static RuleInputException missing(String input) {
		return new RuleInputException("framework.rule.input-missing", input);
	}

}
