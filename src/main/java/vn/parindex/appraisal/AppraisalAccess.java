package vn.parindex.appraisal;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Who may do what in an appraisal: an appraiser sets points only in the fields assigned
 * to them for the unit's peer group; ADMIN, the council chair, VIEWER and the assigned
 * appraisers read the appraisal; the unit's own users see only their unit's explanation
 * round; the chair decides.
 */
@Component
class AppraisalAccess {

	private final CurrentActor current;

	private final AssignmentQueries assignments;

	AppraisalAccess(CurrentActor current, AssignmentQueries assignments) {
		this.current = current;
		this.assignments = assignments;
	}

	Actor actor() {
		return this.current.get();
	}

	/** The fields of the unit the current appraiser is assigned to; empty for others. */
	List<String> areas(Appraisal appraisal) {
		Actor actor = this.current.get();
		if (!actor.hasRole(Role.APPRAISER) || actor.userId() == null) {
			return List.of();
		}
		return this.assignments.areas(appraisal.cycleId(), appraisal.peerGroupId(), actor.userId());
	}

	Actor read(Appraisal appraisal) {
		Actor actor = this.current.get();
		if (actor.hasRole(Role.ADMIN, Role.COUNCIL_CHAIR, Role.VIEWER)) {
			return actor;
		}
		if (areas(appraisal).isEmpty()) {
			throw new AccessRefusedException();
		}
		return actor;
	}

	Actor appraise(Appraisal appraisal, String areaCode) {
		if (!areas(appraisal).contains(areaCode)) {
			throw new AccessRefusedException();
		}
		return this.current.get();
	}

	Actor unit(Appraisal appraisal) {
		Actor actor = this.current.get();
		if (!actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)
				|| !Objects.equals(actor.unitId(), appraisal.unitId())) {
			throw new AccessRefusedException();
		}
		return actor;
	}

	Actor chair() {
		return this.current.requireRole(Role.COUNCIL_CHAIR);
	}

	static String areaOf(String code) {
		int dot = code.indexOf('.');
		return (dot < 0) ? code : code.substring(0, dot);
	}

}
