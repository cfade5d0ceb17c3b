package vn.parindex.framework.rule;

import vn.parindex.shared.BusinessRuleException;

/**
 * A rule's parameters are missing, malformed or unknown.
 */
public class RuleParamsException extends BusinessRuleException {

	public RuleParamsException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
