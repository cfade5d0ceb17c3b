package vn.parindex.organisation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Sub-units (phòng, ban): ADMIN manages them for any unit, a UNIT_LEADER for their own.
 */
@Service
@Transactional
public class SubUnitManagement {

	private final SubUnits subUnits;

	private final OrgUnits units;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	SubUnitManagement(SubUnits subUnits, OrgUnits units, CurrentActor actor, ApplicationEventPublisher events) {
		this.subUnits = subUnits;
		this.units = units;
		this.actor = actor;
		this.events = events;
	}

	public long add(long unitId, SubUnitForm form) {
		requireManager(unitId);
		if (!this.units.existsById(unitId)) {
			throw new NotFoundException("org-unit", unitId);
		}
		if (this.subUnits.existsByUnitIdAndCode(unitId, form.code().trim())) {
			throw new BusinessRuleException("organisation.sub-unit.code-taken", form.code());
		}
		SubUnit subUnit = this.subUnits.saveAndFlush(new SubUnit(unitId, form.code(), form.name()));
		this.events.publishEvent(new SubUnitChanged("CREATE", subUnit.id(), null, subUnit.snapshot()));
		return subUnit.id();
	}

	public void deactivate(long subUnitId) {
		SubUnit subUnit = this.subUnits.findById(subUnitId)
			.orElseThrow(() -> new NotFoundException("sub-unit", subUnitId));
		requireManager(subUnit.unitId());
		SubUnitSnapshot before = subUnit.snapshot();
		subUnit.deactivate();
		this.subUnits.flush();
		this.events.publishEvent(new SubUnitChanged("DEACTIVATE", subUnitId, before, subUnit.snapshot()));
	}

	private void requireManager(long unitId) {
		Actor current = this.actor.get();
		boolean ownLeader = current.hasRole(Role.UNIT_LEADER) && Long.valueOf(unitId).equals(current.unitId());
		if (!current.hasRole(Role.ADMIN) && !ownLeader) {
			throw new AccessRefusedException();
		}
	}

}
