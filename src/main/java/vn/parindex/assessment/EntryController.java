package vn.parindex.assessment;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.web.Refusals;
import vn.parindex.shared.BusinessRuleException;

/**
 * Saving one leaf. With htmx (autosave) the answer is the leaf's status plus the totals
 * it moved; without script the form posts and the page comes back.
 */
@Controller
class EntryController {

	private final AssessmentManagement assessments;

	private final Refusals errors;

	EntryController(AssessmentManagement assessments, Refusals errors) {
		this.assessments = assessments;
		this.errors = errors;
	}

	@PostMapping(path = "/assessments/{id}/entries/{code}", headers = "HX-Request")
	String autosave(@PathVariable long id, @PathVariable String code, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			this.assessments.save(id, code, EntryInput.read(params), version);
		}
		catch (EntryConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", ex);
			model.addAttribute("current", this.assessments.entry(id, code));
			model.addAttribute("assessmentId", id);
			return "assessment/partials/leaf :: conflict";
		}
		catch (BusinessRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", text(ex, locale));
			return "assessment/partials/leaf :: error";
		}
		Workspace workspace = this.assessments.workspace(id);
		model.addAttribute("ws", workspace);
		model.addAttribute("node", AssessmentPages.node(workspace, code));
		return "assessment/partials/leaf :: saved";
	}

	@PostMapping("/assessments/{id}/entries/{code}")
	String save(@PathVariable long id, @PathVariable String code, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect, Locale locale) {
		try {
			this.assessments.save(id, code, EntryInput.read(params), version);
			redirect.addFlashAttribute("message", "assessment.entry.saved");
			redirect.addFlashAttribute("messageArg", code);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", text(ex, locale));
		}
		return "redirect:/assessments/" + id + "#leaf-" + code.replace('.', '_');
	}

	private String text(BusinessRuleException ex, Locale locale) {
		return this.errors.reason(ex, locale);
	}

}
