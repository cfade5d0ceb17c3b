package vn.parindex.framework.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a period (ADMIN). Changing the year reloads the frameworks selects with htmx;
 * without script, a refused save shows the selects of the entered year.
 */
@Controller
@RequestMapping("/admin/periods/new")
class CycleFormController {

	private final CycleManagement cycles;

	private final CyclePages pages;

	private final Clock clock;

	CycleFormController(CycleManagement cycles, CyclePages pages, Clock clock) {
		this.cycles = cycles;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int chosen = (year != null) ? year : LocalDate.now(this.clock).getYear();
		CycleForm form = CycleForm.empty();
		model.addAttribute("form", new CycleForm(chosen, form.name(), form.frameworks(), form.phases()));
		return page(chosen, Map.of(), model);
	}

	@GetMapping("/frameworks")
	String frameworks(@RequestParam(required = false) @Nullable Integer year, Model model) {
		page((year != null) ? year : LocalDate.now(this.clock).getYear(), Map.of(), model);
		return "framework/cycle/parts :: frameworks";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CycleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return CycleForms.attempt(errors, response, () -> this.cycles.create(form.draft()))
			.map((id) -> CycleController.done(redirect, "framework.cycle.created", id))
			.orElseGet(() -> page((form.year() != null) ? form.year() : LocalDate.now(this.clock).getYear(),
					form.selected(), model));
	}

	private String page(int year, Map<Long, Long> selected, Model model) {
		this.pages.choices(year, model);
		model.addAttribute("selected", selected);
		return "framework/cycle/form";
	}

}
