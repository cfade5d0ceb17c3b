package vn.parindex.assessment;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Who may do what with an assessment. The unit's own users see it always, ADMIN always,
 * appraisers, the council chair and VIEWER once submitted; only the unit's officer edits,
 * only its leader submits and withdraws.
 */
@Component
class AssessmentAccess {

	private final CurrentActor current;

	AssessmentAccess(CurrentActor current) {
		this.current = current;
	}

	Actor actor() {
		return this.current.get();
	}

	Actor read(Assessment assessment) {
		Actor actor = this.current.get();
		if (!canRead(actor, assessment.unitId(), assessment.status())) {
			throw new AccessRefusedException();
		}
		return actor;
	}

	Actor edit(Assessment assessment) {
		return ofUnit(assessment, Role.UNIT_OFFICER);
	}

	Actor lead(Assessment assessment) {
		return ofUnit(assessment, Role.UNIT_LEADER);
	}

	static boolean canRead(Actor actor, long unitId, AssessmentStatus status) {
		if (actor.hasRole(Role.ADMIN)) {
			return true;
		}
		if (actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)) {
			return Objects.equals(actor.unitId(), unitId);
		}
		return actor.hasRole(Role.APPRAISER, Role.COUNCIL_CHAIR, Role.VIEWER) && status != AssessmentStatus.DRAFT;
	}

	static boolean canEdit(Actor actor, long unitId) {
		return actor.hasRole(Role.UNIT_OFFICER) && Objects.equals(actor.unitId(), unitId);
	}

	static boolean canLead(Actor actor, long unitId) {
		return actor.hasRole(Role.UNIT_LEADER) && Objects.equals(actor.unitId(), unitId);
	}

	private Actor ofUnit(Assessment assessment, Role role) {
		Actor actor = this.current.get();
		if (!actor.hasRole(role) || !Objects.equals(actor.unitId(), assessment.unitId())) {
			throw new AccessRefusedException();
		}
		return actor;
	}

}
