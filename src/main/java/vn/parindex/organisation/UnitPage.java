package vn.parindex.organisation;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a unit's page, shared by the page itself and by the admin forms on it that
 * re-render it with their errors.
 */
@Component
class UnitPage {

	static final String VIEW = "organisation/unit";

	private final OrganisationManagement organisation;

	UnitPage(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	/**
	 * Fills the model; with {@code admin} it adds the editors, keeping forms that are
	 * already there with their errors.
	 */
	String show(long id, boolean admin, Model model) {
		UnitView view = this.organisation.unit(id);
		model.addAttribute("view", view);
		model.addAttribute("admin", admin);
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
