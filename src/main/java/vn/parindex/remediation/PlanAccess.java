package vn.parindex.remediation;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Who may do what with remediation plans: a unit's officers and leader their own unit's
 * plans (only the leader submits), ADMIN and VIEWER read every plan (only ADMIN returns
 * one), appraisers and the council chair none.
 */
@Component
class PlanAccess {

	private final CurrentActor actor;

	PlanAccess(CurrentActor actor) {
		this.actor = actor;
	}

	/** Anyone who may see some plans. */
	Actor list() {
		return this.actor.requireRole(Role.ADMIN, Role.VIEWER, Role.UNIT_OFFICER, Role.UNIT_LEADER);
	}

	Actor read(long unitId) {
		Actor actor = list();
		if (!actor.hasRole(Role.ADMIN, Role.VIEWER) && !Objects.equals(actor.unitId(), unitId)) {
			throw new AccessRefusedException();
		}
		return actor;
	}

	Actor edit(long unitId) {
		Actor actor = this.actor.requireRole(Role.UNIT_OFFICER, Role.UNIT_LEADER);
		return own(actor, unitId);
	}

	Actor submit(long unitId) {
		return own(this.actor.requireRole(Role.UNIT_LEADER), unitId);
	}

	Actor returnPlan() {
		return this.actor.requireRole(Role.ADMIN);
	}

	/** Whether the actor may edit the unit's plan, without refusing. */
	boolean mayEdit(Actor actor, long unitId) {
		return actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER) && Objects.equals(actor.unitId(), unitId);
	}

	private static Actor own(Actor actor, long unitId) {
		if (!Objects.equals(actor.unitId(), unitId)) {
			throw new AccessRefusedException();
		}
		return actor;
	}

}
