package vn.parindex.shared;

/**
 * The object is locked by a decision (such as the council's approval) and must be
 * unlocked before it can change; answered 409 Conflict.
 */
public class LockedException extends BusinessRuleException {

	public LockedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
