package vn.parindex.appraisal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.organisation.OrgUnitChanged;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;

/**
 * Names of units and periods for the appraisal's pages. Unit names are kept in memory, so
 * a list of a hundred communes does not read them one by one on every page; a change to a
 * unit drops them.
 */
@Component
class CouncilNames {

	private final OrganisationManagement organisation;

	private final CycleManagement cycles;

	private final Cache<Long, String> units = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	CouncilNames(OrganisationManagement organisation, CycleManagement cycles) {
		this.organisation = organisation;
		this.cycles = cycles;
	}

	String unit(long unitId) {
		return this.units.get(unitId, (id) -> this.organisation.findRow(id).map(UnitRow::name).orElse("#" + id));
	}

	String cycle(long cycleId) {
		return this.cycles.view(cycleId).name();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrgUnitChanged changed) {
		this.units.invalidateAll();
	}

}
