package vn.parindex.framework;

import vn.parindex.shared.BusinessRuleException;

/**
 * A framework used by an opened period cannot change; a new version can.
 */
public class FrameworkLockedException extends BusinessRuleException {

	FrameworkLockedException(String reason) {
		super("framework.locked", reason);
	}

}
