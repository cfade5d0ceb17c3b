package vn.parindex.shared;

/**
 * The requested object does not exist, or the caller may not know that it exists.
 */
public class NotFoundException extends BusinessRuleException {

	public NotFoundException(String subject, Object id) {
		super("error.not-found", subject, id);
	}

}
