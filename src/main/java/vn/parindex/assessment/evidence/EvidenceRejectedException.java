package vn.parindex.assessment.evidence;

import vn.parindex.shared.BusinessRuleException;

/**
 * An uploaded file that is refused: empty, too large, or of a type that is not accepted
 * as evidence. Nothing of it is kept.
 */
public class EvidenceRejectedException extends BusinessRuleException {

	public EvidenceRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
