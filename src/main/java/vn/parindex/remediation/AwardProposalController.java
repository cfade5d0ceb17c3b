package vn.parindex.remediation;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;

/**
 * Generating the proposals, confirming or removing each (a table row swapped in place
 * with htmx, or the whole page without script) and publishing the list. A refused
 * decision or publication answers 422 with the reason on the page.
 */
@Controller
@RequestMapping("/admin/awards/{cycleId:\\d+}")
class AwardProposalController {

	static final String ROW = "remediation/award-row :: row";

	private final AwardManagement awards;

	AwardProposalController(AwardManagement awards) {
		this.awards = awards;
	}

	@PostMapping("/generate")
	String generate(@PathVariable long cycleId, RedirectAttributes redirect) {
		AwardGeneration generation = this.awards.generate(cycleId);
		redirect.addFlashAttribute("generation", generation);
		return "redirect:/admin/awards/" + cycleId;
	}

	@PostMapping("/proposals/{id:\\d+}/{decision:confirm|remove}")
	String decide(@PathVariable long cycleId, @PathVariable long id, @PathVariable String decision,
			@RequestParam long version, @RequestParam(required = false) @Nullable String note,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("cycleId", cycleId);
		model.addAttribute("locked", false);
		try {
			AwardRow row = "confirm".equals(decision) ? this.awards.confirm(cycleId, id, version, note)
					: this.awards.remove(cycleId, id, version, note);
			model.addAttribute("row", row);
			return (htmx != null) ? ROW : saved(cycleId, redirect);
		}
		catch (BusinessRuleException ex) {
			refused(ex, model, response);
			if (htmx == null) {
				return AwardController.page(this.awards.period(cycleId), AwardRuleForm.empty(), null, model);
			}
			model.addAttribute("row", this.awards.row(cycleId, id));
			model.addAttribute("rowError", ex);
			return ROW;
		}
	}

	@PostMapping("/publish")
	String publish(@PathVariable long cycleId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.awards.publish(cycleId);
			redirect.addFlashAttribute("message", "remediation.awards.published");
			return "redirect:/admin/awards/" + cycleId;
		}
		catch (BusinessRuleException ex) {
			refused(ex, model, response);
			return AwardController.page(this.awards.period(cycleId), AwardRuleForm.empty(), null, model);
		}
	}

	private static void refused(BusinessRuleException ex, Model model, HttpServletResponse response) {
		if (!ex.getClass().equals(BusinessRuleException.class)) {
			throw ex;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", ex);
	}

	private static String saved(long cycleId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/admin/awards/" + cycleId;
	}

}
