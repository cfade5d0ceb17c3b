package vn.parindex.organisation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units as JSON for other systems of the province; the same access rules as the screens.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Evaluated units (sở, UBND huyện, xã, phường) with validity and lineage")
class UnitsApiController {

	private final OrganisationManagement organisation;

	UnitsApiController(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@Operation(summary = "List units",
			description = "Units matching every given filter; ADMIN and VIEWER only. A unit matches a year when it "
					+ "existed on some day of that year.")
	List<UnitRow> list(@ParameterObject @ModelAttribute UnitFilter filter) {
		return this.organisation.find(filter);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one unit",
			description = "The unit with its predecessors, successors and sub-units. ADMIN and VIEWER read every "
					+ "unit; other roles only their own (403 otherwise).")
	UnitView unit(@Parameter(description = "the unit's id") @PathVariable long id) {
		return this.organisation.unit(id);
	}

}
