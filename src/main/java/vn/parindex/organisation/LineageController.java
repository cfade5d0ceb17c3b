package vn.parindex.organisation;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.NotFoundException;

/**
 * The lineage editor on a unit's page (ADMIN): replaces the units it succeeds.
 */
@Controller
class LineageController {

	private final OrganisationManagement organisation;

	private final UnitPage page;

	LineageController(OrganisationManagement organisation, UnitPage page) {
		this.organisation = organisation;
		this.page = page;
	}

	@PostMapping("/admin/units/{id}/lineage")
	String save(@PathVariable long id, @Valid @ModelAttribute("lineage") LineageForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!Forms.succeeds(errors, () -> this.organisation.setLineage(id, links(id, form)))) {
			return this.page.show(id, true, model);
		}
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/admin/units/{id}#lineage";
	}

	/**
	 * Each remove button posts its own small form, so pressing Enter in the add row can
	 * only ever save.
	 */
	@PostMapping("/admin/units/{id}/lineage/remove")
	String remove(@PathVariable long id, @RequestParam String predecessor, RedirectAttributes redirect) {
		this.organisation.setLineage(id, LineageForm.without(this.organisation.unit(id), predecessor));
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/admin/units/{id}#lineage";
	}

	private List<LineageLink> links(long id, LineageForm form) {
		UnitRow unit = this.organisation.findRow(id).orElseThrow(() -> new NotFoundException("org-unit", id));
		return form.toLinks(this.organisation::findByCode, unit.validFrom());
	}

}
