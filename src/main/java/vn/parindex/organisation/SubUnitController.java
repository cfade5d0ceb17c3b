package vn.parindex.organisation;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and deactivating a unit's phòng and ban from the unit's page (ADMIN).
 */
@Controller
class SubUnitController {

	private final SubUnitManagement subUnits;

	private final UnitPage page;

	SubUnitController(SubUnitManagement subUnits, UnitPage page) {
		this.subUnits = subUnits;
		this.page = page;
	}

	@PostMapping("/admin/units/{id}/sub-units")
	String add(@PathVariable long id, @Valid @ModelAttribute("subUnit") SubUnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(errors, () -> this.subUnits.add(id, form)).isEmpty()) {
			return this.page.show(id, true, model);
		}
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/admin/units/{id}#sub-units";
	}

	@PostMapping("/admin/units/{id}/sub-units/{subUnitId}/deactivate")
	String deactivate(@PathVariable long id, @PathVariable long subUnitId, RedirectAttributes redirect) {
		this.subUnits.deactivate(subUnitId);
		redirect.addFlashAttribute("message", "organisation.sub-units.deactivated");
		return "redirect:/admin/units/{id}#sub-units";
	}

	@PostMapping("/my-unit/sub-units")
	String addOwn(@Valid @ModelAttribute("subUnit") SubUnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long unit = this.page.ownUnit();
		if (Forms.attempt(errors, () -> this.subUnits.add(unit, form)).isEmpty()) {
			return this.page.showOwn(model);
		}
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/my-unit#sub-units";
	}

	@PostMapping("/my-unit/sub-units/{subUnitId}/deactivate")
	String deactivateOwn(@PathVariable long subUnitId, RedirectAttributes redirect) {
		this.subUnits.deactivate(subUnitId);
		redirect.addFlashAttribute("message", "organisation.sub-units.deactivated");
		return "redirect:/my-unit#sub-units";
	}

}
