package vn.parindex.shared;

/**
 * Someone else saved the object after this form was loaded; nothing was overwritten.
 */
public class StaleVersionException extends BusinessRuleException {

	public StaleVersionException(String subject, Object id) {
		super("error.conflict.stale", subject, id);
	}

}
