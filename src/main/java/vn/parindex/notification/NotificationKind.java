package vn.parindex.notification;

/**
 * What a notification is about.
 */
public enum NotificationKind {

	/**
	 * A unit submitted its self-assessment (to ADMIN and appraisers; a receipt to the
	 * unit).
	 */
	SUBMITTED,
	/** Appraisers asked the unit to explain some leaves. */
	EXPLANATION_REQUESTED,
	/** A self-assessment or explanation deadline is 3 days or 1 day away. */
	DEADLINE,
	/** The unit's leader locked its explanation. */
	EXPLANATION_LOCKED,
	/** The council approved the results. */
	RESULTS_APPROVED,
	/** Items of a unit's remediation plan fall due within a week. */
	REMEDIATION_DUE,
	/** A unit's leader sent its remediation plan to the Sở Nội vụ. */
	PLAN_SUBMITTED,
	/** The Sở Nội vụ returned a unit's remediation plan for changes. */
	PLAN_RETURNED

}
