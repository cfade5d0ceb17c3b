package vn.parindex.remediation;

/** Where an award proposal stands. */
public enum AwardStatus {

	/** Đề nghị: produced by the rules, not yet decided. */
	PROPOSED,
	/** Đã xác nhận: the Sở Nội vụ keeps it on the list. */
	CONFIRMED,
	/** Đã loại: taken off the list, with a note saying why. */
	REMOVED;

	/** The message key of its label. */
	public String messageKey() {
		return "remediation.awards.status." + name();
	}

}
