package vn.parindex.remediation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;

/**
 * The award pages of the Sở Nội vụ: the periods with published results, and a period's
 * rules (add, edit, delete, move) and the list's PDF (marked "DỰ THẢO" until published).
 * A refused rule re-renders the page with the reason (422).
 */
@Controller
@RequestMapping("/admin/awards")
class AwardController {

	static final String PAGE = "remediation/award-period";

	private final AwardManagement awards;

	private final AwardListPdf pdf;

	AwardController(AwardManagement awards, AwardListPdf pdf) {
		this.awards = awards;
		this.pdf = pdf;
	}

	@GetMapping
	String periods(Model model) {
		model.addAttribute("periods", this.awards.periods());
		return "remediation/awards";
	}

	@GetMapping("/{cycleId:\\d+}")
	String period(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long edit, Model model) {
		AwardPeriodView view = this.awards.period(cycleId);
		AwardRuleForm form = view.rules()
			.stream()
			.filter((rule) -> edit != null && rule.id() == edit)
			.findFirst()
			.map(AwardRuleForm::of)
			.orElseGet(AwardRuleForm::empty);
		return page(view, form, (form.version() != null && form.version() > 0) ? edit : null, model);
	}

	@PostMapping("/{cycleId:\\d+}/rules")
	String add(@PathVariable long cycleId, @ModelAttribute("form") AwardRuleForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return attempt(cycleId, form, null, model, response, redirect, () -> this.awards.addRule(cycleId, form));
	}

	@PostMapping("/{cycleId:\\d+}/rules/{ruleId:\\d+}")
	String update(@PathVariable long cycleId, @PathVariable long ruleId, @ModelAttribute("form") AwardRuleForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return attempt(cycleId, form, ruleId, model, response, redirect,
				() -> this.awards.updateRule(cycleId, ruleId, form));
	}

	@PostMapping("/{cycleId:\\d+}/rules/{ruleId:\\d+}/delete")
	String delete(@PathVariable long cycleId, @PathVariable long ruleId, RedirectAttributes redirect) {
		this.awards.deleteRule(cycleId, ruleId);
		return saved(cycleId, redirect);
	}

	@PostMapping("/{cycleId:\\d+}/rules/{ruleId:\\d+}/move")
	String move(@PathVariable long cycleId, @PathVariable long ruleId, @RequestParam int direction,
			RedirectAttributes redirect) {
		this.awards.moveRule(cycleId, ruleId, direction);
		return saved(cycleId, redirect);
	}

	@GetMapping("/{cycleId:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long cycleId, Locale locale) {
		AwardList list = this.awards.list(cycleId);
		String name = "khen-thuong-" + list.year() + (list.draft() ? "-du-thao" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.pdf.write(list, locale));
	}

	private String attempt(long cycleId, AwardRuleForm form, @Nullable Long ruleId, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return saved(cycleId, redirect);
		}
		catch (BusinessRuleException ex) {
			if (!ex.getClass().equals(BusinessRuleException.class)) {
				// Refusals, conflicts and the lock are not the form's fault.
				throw ex;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("ruleError", ex);
			return page(this.awards.period(cycleId), form, ruleId, model);
		}
	}

	static String page(AwardPeriodView view, AwardRuleForm form, @Nullable Long editing, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		return PAGE;
	}

	static String saved(long cycleId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/admin/awards/" + cycleId;
	}

}
