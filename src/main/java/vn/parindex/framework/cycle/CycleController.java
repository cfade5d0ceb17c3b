package vn.parindex.framework.cycle;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The periods list and detail page, opening and closing (ADMIN).
 */
@Controller
@RequestMapping("/admin/periods")
class CycleController {

	private final CycleManagement cycles;

	private final CyclePages pages;

	CycleController(CycleManagement cycles, CyclePages pages) {
		this.cycles = cycles;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("periods", this.cycles.list());
		return "framework/cycle/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		return this.pages.detail(id, model);
	}

	@PostMapping("/{id}/open")
	String open(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.cycles.open(id);
		}
		catch (CycleNotReadyException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("openRefused", true);
			return this.pages.detail(id, model);
		}
		return done(redirect, "framework.cycle.opened", id);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.cycles.close(id);
		return done(redirect, "framework.cycle.closed-now", id);
	}

	static String done(RedirectAttributes redirect, String message, long id) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/periods/" + id;
	}

}
