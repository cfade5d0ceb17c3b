package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.framework.rule.RuleInputForm;

/**
 * The appraisers' pages: the work list, one field of a unit side by side, setting a
 * leaf's points, marking a field done, a leaf's history.
 */
@Controller
class AppraisalController {

	private final AppraisalManagement appraisals;

	private final WorkloadManagement workload;

	private final PageMessages pages;

	AppraisalController(AppraisalManagement appraisals, WorkloadManagement workload, PageMessages pages) {
		this.appraisals = appraisals;
		this.workload = workload;
		this.pages = pages;
	}

	@GetMapping("/appraisals")
	String list(@RequestParam(required = false) @Nullable Long cycle, Model model) {
		model.addAttribute("workload", this.workload.workload(cycle));
		return "appraisal/list";
	}

	@GetMapping("/appraisals/{id}")
	String sheet(@PathVariable long id, @RequestParam(required = false) @Nullable String area, Model model) {
		model.addAttribute("sheet", this.appraisals.sheet(id, area));
		return "appraisal/sheet";
	}

	@PostMapping("/appraisals/{id}/scores/{code}")
	String score(@PathVariable long id, @PathVariable String code, @RequestParam long version,
			@RequestParam(required = false) @Nullable String points,
			@RequestParam(required = false) @Nullable String accept,
			@RequestParam(required = false) @Nullable String self,
			@RequestParam(defaultValue = "false") boolean naRefused,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(defaultValue = "false") boolean flagged, RedirectAttributes redirect, Locale locale) {
		boolean saved = this.pages.run(() -> {
			BigDecimal value = RuleInputForm.decimal((accept != null) ? self : points);
			this.appraisals.score(id, code, new ScoreForm(value, naRefused, comment, flagged), version);
		}, "appraisal.score.saved", redirect, locale);
		if (!saved) {
			// what the appraiser typed comes back into the form, next to the reason
			redirect.addFlashAttribute("echo", new ScoreEcho(code, points, comment, flagged, naRefused));
		}
		redirect.addFlashAttribute("messageArg", code);
		return "redirect:/appraisals/" + id + "?area=" + AppraisalAccess.areaOf(code) + "#leaf-"
				+ code.replace('.', '_');
	}

	@PostMapping("/appraisals/{id}/areas/{area}/done")
	String done(@PathVariable long id, @PathVariable String area, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.appraisals.markDone(id, area), "appraisal.area.done", redirect, locale);
		return "redirect:/appraisals/" + id + "?area=" + area;
	}

	@GetMapping("/appraisals/{id}/history/{code}")
	String history(@PathVariable long id, @PathVariable String code, Model model) {
		model.addAttribute("assessmentId", id);
		model.addAttribute("code", code);
		model.addAttribute("rows", this.appraisals.history(id, code));
		return "appraisal/history";
	}

}
