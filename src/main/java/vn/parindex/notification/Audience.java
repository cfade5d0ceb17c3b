package vn.parindex.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AssignmentManagement;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.Recipient;
import vn.parindex.shared.Role;

/**
 * Who is told: active users found without a signed-in user, so listeners and scheduled
 * work alike can ask.
 */
@Component
class Audience {

	private static final List<Role> UNIT_ROLES = List.of(Role.UNIT_OFFICER, Role.UNIT_LEADER);

	private final IdentityManagement identity;

	private final AssignmentManagement assignments;

	Audience(IdentityManagement identity, AssignmentManagement assignments) {
		this.identity = identity;
		this.assignments = assignments;
	}

	List<Recipient> admins() {
		return this.identity.recipients(List.of(Role.ADMIN), null);
	}

	/** The unit's officers and leaders. */
	List<Recipient> unit(long unitId) {
		return this.identity.recipients(UNIT_ROLES, unitId);
	}

	/** The appraisers assigned to the unit's peer group in the period. */
	List<Recipient> appraisers(long cycleId, long unitId) {
		return this.identity.recipients(this.assignments.appraiserIds(cycleId, unitId));
	}

}
