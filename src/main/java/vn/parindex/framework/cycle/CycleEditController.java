package vn.parindex.framework.cycle;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the period detail page (ADMIN): frameworks, calendar and deadline
 * extensions. A refused form re-renders the page with 422 and saves nothing.
 */
@Controller
@RequestMapping("/admin/periods/{id}")
class CycleEditController {

	private final CycleManagement cycles;

	private final CyclePages pages;

	CycleEditController(CycleManagement cycles, CyclePages pages) {
		this.cycles = cycles;
		this.pages = pages;
	}

	@PostMapping("/frameworks")
	String frameworks(@PathVariable long id, @ModelAttribute("frameworksForm") FrameworksForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("selected", form.selected());
		model.addAttribute("editing", "frameworks");
		return CycleForms.succeeds(errors, response,
				() -> this.cycles.setFrameworks(id, form.version(), form.selected()))
						? CycleController.done(redirect, "common.saved", id) : this.pages.detail(id, model);
	}

	@PostMapping("/phases")
	String phases(@PathVariable long id, @ModelAttribute("phasesForm") PhasesForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("editing", "phases");
		return CycleForms.succeeds(errors, response,
				() -> this.cycles.updatePhases(id, form.version(), PhaseInput.windows(form.phases())))
						? CycleController.done(redirect, "common.saved", id) : this.pages.detail(id, model);
	}

	@PostMapping("/extensions")
	String extend(@PathVariable long id, @Valid @ModelAttribute("extensionForm") ExtensionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return CycleForms.succeeds(errors, response,
				() -> this.cycles.extend(id, Objects.requireNonNull(form.unitId()),
						Objects.requireNonNull(form.phase()), PhaseInput.instant(Objects.requireNonNull(form.endsAt())),
						Objects.requireNonNull(form.reason())))
								? CycleController.done(redirect, "framework.cycle.extended", id)
								: this.pages.detail(id, model);
	}

}
