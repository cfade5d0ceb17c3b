package vn.parindex.notification;

import org.springframework.stereotype.Component;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;

/**
 * Unit and period names for the texts, read through facades without access checks.
 */
@Component
class Names {

	private final OrganisationManagement organisation;

	private final CycleManagement cycles;

	Names(OrganisationManagement organisation, CycleManagement cycles) {
		this.organisation = organisation;
		this.cycles = cycles;
	}

	String unit(long unitId) {
		return this.organisation.findRow(unitId).map(UnitRow::name).orElse("#" + unitId);
	}

	/** The name of the period, looked up through one of its units. */
	String cycle(long cycleId, long unitId) {
		return this.cycles.unitPeriod(cycleId, unitId, Phase.SELF_ASSESSMENT)
			.map(UnitPeriod::cycleName)
			.orElse("#" + cycleId);
	}

}
