package vn.parindex.remediation;

/** Where a unit's remediation plan stands. */
public enum PlanStatus {

	/** Dự thảo: drafted from the lost points, being completed by the unit. */
	DRAFT,
	/** Đã gửi: approved by the unit's leader and sent to the Sở Nội vụ. */
	SUBMITTED

}
