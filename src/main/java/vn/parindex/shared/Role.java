package vn.parindex.shared;

/**
 * What a user may do. Every role but {@link #ADMIN} and {@link #VIEWER} belongs to one
 * unit.
 */
public enum Role {

	/** Sở Nội vụ, the secretariat: manages units, users, frameworks and publication. */
	ADMIN,
	/** Cán bộ đầu mối CCHC: enters the unit's self-assessment. */
	UNIT_OFFICER,
	/** Lãnh đạo đơn vị: approves and submits for the unit. */
	UNIT_LEADER,
	/** Thành viên tổ thẩm định: appraises assigned fields. */
	APPRAISER,
	/** Chủ tịch hội đồng thẩm định: approves the results. */
	COUNCIL_CHAIR,
	/** Provincial leaders: read-only, every unit. */
	VIEWER;

	public boolean belongsToUnit() {
		return this != ADMIN && this != VIEWER;
	}

	/** The Spring Security authority, {@code ROLE_ADMIN} and so on. */
	public String authority() {
		return "ROLE_" + name();
	}

}
