package vn.parindex.framework.cycle;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.parindex.framework.FrameworkManagement;
import vn.parindex.organisation.OrganisationManagement;

/**
 * The model of the period detail page, shared by its handlers so that a refused form
 * re-renders the page with the user's input.
 */
@Component
class CyclePages {

	static final String DETAIL = "framework/cycle/detail";

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	private final OrganisationManagement organisation;

	CyclePages(CycleManagement cycles, FrameworkManagement frameworks, OrganisationManagement organisation) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.organisation = organisation;
	}

	String detail(long id, Model model) {
		CycleView period = this.cycles.view(id);
		model.addAttribute("period", period);
		if (period.draft()) {
			model.addAttribute("problems", this.cycles.openingProblems(id));
			model.addAttribute("preview", this.cycles.preview(id));
		}
		choices(period.year(), model);
		if (!model.containsAttribute("frameworksForm")) {
			model.addAttribute("frameworksForm", new FrameworksForm(null, period.version()));
			model.addAttribute("selected", period.selectedFrameworks());
		}
		if (!model.containsAttribute("phasesForm")) {
			model.addAttribute("phasesForm", PhasesForm.of(period));
		}
		if (!model.containsAttribute("extensionForm")) {
			model.addAttribute("extensionForm", ExtensionForm.empty());
		}
		model.addAttribute("phaseValues", Phase.values());
		return DETAIL;
	}

	/** The peer groups and the year's frameworks, for the frameworks selects. */
	void choices(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("groups", this.organisation.peerGroups());
		model.addAttribute("frameworkChoices", this.frameworks.list(year));
	}

}
