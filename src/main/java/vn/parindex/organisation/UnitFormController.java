package vn.parindex.organisation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.StaleVersionException;

/**
 * Creating and editing a unit (ADMIN). A form loaded before someone else saved shows both
 * versions and overwrites nothing.
 */
@Controller
class UnitFormController {

	private static final String VIEW = "organisation/unit-form";

	private final OrganisationManagement organisation;

	UnitFormController(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/admin/units/new")
	String newUnit(Model model) {
		model.addAttribute("form", UnitForm.empty());
		return page(null, model);
	}

	@PostMapping("/admin/units")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.attempt(errors, () -> this.organisation.create(form))
			.map((id) -> saved(redirect, "redirect:/admin/units/" + id))
			.orElseGet(() -> page(null, model));
	}

	@GetMapping("/admin/units/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", UnitForm.of(this.organisation.unit(id)));
		return page(id, model);
	}

	@PostMapping("/admin/units/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return Forms.succeeds(errors, () -> this.organisation.update(id, form))
					? saved(redirect, "redirect:/admin/units/{id}") : page(id, model);
		}
		catch (StaleVersionException ex) {
			return conflict(id, errors, model, response);
		}
	}

	/**
	 * Shows the saved values next to the user's; the form now carries the saved version,
	 * so saving again is a deliberate overwrite.
	 */
	private String conflict(long id, BindingResult errors, Model model, HttpServletResponse response) {
		UnitView current = this.organisation.unit(id);
		errors.reject("organisation.unit.conflict");
		model.addAttribute("current", current);
		model.addAttribute("currentVersion", current.version());
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(id, model);
	}

	private String page(@Nullable Long id, Model model) {
		model.addAttribute("unitId", id);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("groups", this.organisation.peerGroups());
		model.addAttribute("provinces", this.organisation.provinces());
		return VIEW;
	}

	private static String saved(RedirectAttributes redirect, String target) {
		redirect.addFlashAttribute("message", "common.saved");
		return target;
	}

}
