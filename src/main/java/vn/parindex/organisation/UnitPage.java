package vn.parindex.organisation;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * The model of a unit's page, shared by the page itself and by the admin forms on it that
 * re-render it with their errors.
 */
@Component
class UnitPage {

	static final String VIEW = "organisation/unit";

	static final String OWN_VIEW = "organisation/my-unit";

	private final OrganisationManagement organisation;

	private final CurrentActor actor;

	UnitPage(OrganisationManagement organisation, CurrentActor actor) {
		this.organisation = organisation;
		this.actor = actor;
	}

	/** The unit of a signed-in unit user; ADMIN and VIEWER have none. */
	long ownUnit() {
		Actor current = this.actor.requireRole(Role.UNIT_OFFICER, Role.UNIT_LEADER, Role.APPRAISER, Role.COUNCIL_CHAIR);
		return Objects.requireNonNull(current.unitId());
	}

	/**
	 * "My unit": the unit's facts for every unit role, and its sub-units to manage for
	 * the leader.
	 */
	String showOwn(Model model) {
		long unit = ownUnit();
		Role role = this.actor.get().role();
		model.addAttribute("view", this.organisation.unit(unit));
		model.addAttribute("role", role);
		model.addAttribute("manageSubUnits", role == Role.UNIT_LEADER);
		model.addAttribute("subUnitBase", "/my-unit");
		if (model.getAttribute("subUnit") == null) {
			model.addAttribute("subUnit", new SubUnitForm("", ""));
		}
		return OWN_VIEW;
	}

	/**
	 * Fills the model; with {@code admin} it adds the editors, keeping forms that are
	 * already there with their errors.
	 */
	String show(long id, boolean admin, Model model) {
		UnitView view = this.organisation.unit(id);
		model.addAttribute("view", view);
		model.addAttribute("admin", admin);
		model.addAttribute("manageSubUnits", admin);
		model.addAttribute("subUnitBase", "/admin/units/" + id);
		if (admin) {
			// A form that failed to bind is null: show the stored lineage with the
			// errors.
			if (model.getAttribute("lineage") == null) {
				model.addAttribute("lineage", LineageForm.of(view));
			}
			if (model.getAttribute("subUnit") == null) {
				model.addAttribute("subUnit", new SubUnitForm("", ""));
			}
			model.addAttribute("allUnits", this.organisation.find(UnitFilter.all()));
			model.addAttribute("relations", LineageRelation.values());
		}
		return VIEW;
	}

}
