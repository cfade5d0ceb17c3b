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
 * ADMIN assigns appraisers to fields per peer group.
 */
@Controller
class AssignmentController {

	private final AssignmentManagement assignments;

	private final WorkloadManagement workload;

	private final PageMessages pages;

	AssignmentController(AssignmentManagement assignments, WorkloadManagement workload, PageMessages pages) {
		this.assignments = assignments;
		this.workload = workload;
		this.pages = pages;
	}

	@GetMapping("/admin/appraisal-assignments")
	String board(@RequestParam(required = false) @Nullable Long cycle, Model model) {
		Workload periods = this.workload.workload(cycle);
		model.addAttribute("periods", periods);
		model.addAttribute("board", (periods.cycleId() != 0) ? this.assignments.board(periods.cycleId()) : null);
		return "appraisal/assignments";
	}

	@PostMapping("/admin/appraisal-assignments")
	String assign(@RequestParam long cycle, @RequestParam long group, @RequestParam String area,
			@RequestParam long user, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.assignments.assign(cycle, group, area, user), "appraisal.assign.done", redirect,
				locale);
		return "redirect:/admin/appraisal-assignments?cycle=" + cycle + "#group-" + group;
	}

	@PostMapping("/admin/appraisal-assignments/{assignment}/remove")
	String remove(@PathVariable long assignment, @RequestParam long cycle, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.assignments.unassign(cycle, assignment), "appraisal.assign.removed", redirect,
				locale);
		return "redirect:/admin/appraisal-assignments?cycle=" + cycle;
	}

}
