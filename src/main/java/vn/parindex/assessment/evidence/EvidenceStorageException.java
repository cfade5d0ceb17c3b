package vn.parindex.assessment.evidence;

import vn.parindex.shared.BusinessRuleException;

/**
 * An evidence file could not be received or stored (a dropped connection, a full disk, an
 * unreachable S3 store). Nothing half-written is kept, so the user can simply retry.
 */
public class EvidenceStorageException extends BusinessRuleException {

	public EvidenceStorageException(Throwable cause) {
		super("assessment.evidence.storage-failed");
		initCause(cause);
	}

}
