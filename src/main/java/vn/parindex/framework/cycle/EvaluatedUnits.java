package vn.parindex.framework.cycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;

/**
 * Which units a period evaluates: those of its peer groups that are valid on 31 December
 * of its year.
 */
@Component
class EvaluatedUnits {

	private final OrganisationManagement organisation;

	EvaluatedUnits(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	/**
	 * The units, peer group by peer group (ADMIN and VIEWER only, like the unit list).
	 */
	List<UnitRow> of(int year, Collection<Long> peerGroupIds) {
		LocalDate lastDay = LocalDate.of(year, 12, 31);
		return peerGroupIds.stream()
			.sorted()
			.flatMap((group) -> this.organisation.find(new UnitFilter(null, group, year, null)).stream())
			.filter((unit) -> validOn(unit, lastDay))
			.toList();
	}

	/** Unit id to peer group id, in list order. */
	Map<Long, Long> byUnit(int year, Collection<Long> peerGroupIds) {
		Map<Long, Long> units = new LinkedHashMap<>();
		of(year, peerGroupIds).forEach((unit) -> units.put(unit.id(), unit.peerGroupId()));
		return units;
	}

	static boolean validOn(UnitRow unit, LocalDate day) {
		return (unit.validFrom() == null || !unit.validFrom().isAfter(day))
				&& (unit.validTo() == null || !unit.validTo().isBefore(day));
	}

}
