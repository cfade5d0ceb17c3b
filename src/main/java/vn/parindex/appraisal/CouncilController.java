package vn.parindex.appraisal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council chair's pages: the summary, approval, returning a unit, unlocking.
 */
@Controller
class CouncilController {

	private final CouncilManagement council;

	private final WorkloadManagement workload;

	private final PageMessages pages;

	CouncilController(CouncilManagement council, WorkloadManagement workload, PageMessages pages) {
		this.council = council;
		this.workload = workload;
		this.pages = pages;
	}

	@GetMapping("/council")
	String summary(@RequestParam(required = false) @Nullable Long cycle, Model model) {
		Workload periods = this.workload.workload(cycle);
		model.addAttribute("periods", periods);
		model.addAttribute("summary", (periods.cycleId() != 0) ? this.council.summary(periods.cycleId()) : null);
		return "appraisal/council";
	}

	@PostMapping("/council/approve")
	String approve(@RequestParam long cycle, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.council.approve(cycle), "appraisal.council.approved", redirect, locale);
		return "redirect:/council?cycle=" + cycle;
	}

	@PostMapping("/council/{id}/return")
	String returnUnit(@PathVariable long id, @RequestParam long cycle,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.council.returnUnit(id, reason), "appraisal.council.returned", redirect, locale);
		return "redirect:/council?cycle=" + cycle;
	}

	@PostMapping("/council/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam long cycle,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.council.unlock(id, reason), "appraisal.council.unlocked", redirect, locale);
		return "redirect:/council?cycle=" + cycle;
	}

}
