package vn.parindex.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.organisation.UnitType;
import vn.parindex.shared.Formats;

/**
 * A new framework from scratch (ADMIN): year, unit types and title, then the tree is
 * built in the editor. Cloning last year's framework is usually quicker; this is for a
 * new method or a new unit type.
 */
@Controller
class NewFrameworkController {

	private static final String VIEW = "framework/new";

	private final FrameworkManagement frameworks;

	private final Clock clock;

	NewFrameworkController(FrameworkManagement frameworks, Clock clock) {
		this.frameworks = frameworks;
		this.clock = clock;
	}

	@GetMapping("/admin/frameworks/new")
	String form(Model model) {
		return show(NewFrameworkForm.blank(LocalDate.now(this.clock.withZone(Formats.ZONE)).getYear()), Map.of(),
				model);
	}

	@PostMapping("/admin/frameworks/new")
	String create(@ModelAttribute NewFrameworkForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(form, problems, model);
		}
		long id = this.frameworks.create(FrameworkDefinition.empty(form.header()), "CREATE");
		redirect.addFlashAttribute("message", "framework.new.done");
		return "redirect:/admin/frameworks/" + id;
	}

	private String show(NewFrameworkForm form, Map<String, String> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("types", UnitType.values());
		return VIEW;
	}

}
