package vn.parindex.shared;

/**
 * The current user's role or unit does not allow the action. Rendered as 403.
 */
public class AccessRefusedException extends BusinessRuleException {

	public AccessRefusedException() {
		super("error.forbidden");
	}

}
