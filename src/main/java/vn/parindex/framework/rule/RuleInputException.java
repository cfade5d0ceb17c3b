package vn.parindex.framework.rule;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.parindex.shared.BusinessRuleException;

/**
 * The inputs cannot be scored: one is missing or out of range. The message key names the
 * problem, such as {@code framework.rule.input-missing}.
 */
public class RuleInputException extends BusinessRuleException {

	public RuleInputException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	/**
	 * The input is missing; its name is resolved in the reader's language from
	 * {@code framework.input.<kind>}.
	 */
	static RuleInputException missing(RuleInputKind input) {
		return new RuleInputException("framework.rule.input-missing", new DefaultMessageSourceResolvable(
				new String[] { "framework.input." + input.name().toLowerCase(java.util.Locale.ROOT) }, input.name()));
	}

}
