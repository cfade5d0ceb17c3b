package vn.parindex.appraisal;

import org.springframework.stereotype.Component;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;

/**
 * Names of units and periods for the appraisal's pages.
 */
@Component
class CouncilNames {

	private final OrganisationManagement organisation;

	private final CycleManagement cycles;

	CouncilNames(OrganisationManagement organisation, CycleManagement cycles) {
		this.organisation = organisation;
		this.cycles = cycles;
	}

	String unit(long unitId) {
		return this.organisation.findRow(unitId).map(UnitRow::name).orElse("#" + unitId);
	}

	String cycle(long cycleId) {
		return this.cycles.view(cycleId).name();
	}

}
