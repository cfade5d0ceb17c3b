package vn.parindex.remediation;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;

/**
 * Editing a plan line in place. With htmx the answer is the line's row (HTTP 422 with the
 * reason and the typed values when refused); without script the form posts, the page
 * comes back, and a refusal shows in the row with HTTP 422.
 */
@Controller
class ItemController {

	private final RemediationManagement plans;

	private final Refusals refusals;

	ItemController(RemediationManagement plans, Refusals refusals) {
		this.plans = plans;
		this.refusals = refusals;
	}

	@PostMapping("/remediation/plans/{id}/items/{itemId}")
	String save(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String leafName,
			@RequestParam(required = false) @Nullable String cause,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Long subUnitId,
			@RequestParam(required = false) @Nullable String officer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
			@RequestParam(required = false) @Nullable String evidenceNote,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response, Locale locale) {
		ItemForm form = new ItemForm(version, leafName, cause, action, subUnitId, officer, dueDate);
		try {
			this.plans.editItem(id, itemId, form, evidenceNote);
		}
		catch (BusinessRuleException ex) {
			PlanView plan = this.plans.plan(id);
			return refused(plan.with(plan.item(itemId).typed(form, evidenceNote)), itemId, ex, htmx, model, response,
					locale);
		}
		return answer(id, itemId, htmx, model, "remediation.plan.item.saved");
	}

	@PostMapping("/remediation/plans/{id}/items/{itemId}/status")
	String status(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			@RequestParam ItemStatus status,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response, Locale locale) {
		try {
			this.plans.changeStatus(id, itemId, version, status);
		}
		catch (BusinessRuleException ex) {
			return refused(this.plans.plan(id), itemId, ex, htmx, model, response, locale);
		}
		return answer(id, itemId, htmx, model, "remediation.plan.item.status-saved");
	}

	@PostMapping("/remediation/plans/{id}/items/{itemId}/delete")
	String delete(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.plans.removeItem(id, itemId, version);
			redirect.addFlashAttribute("message", "remediation.plan.item.deleted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/remediation/plans/" + id;
	}

	private String answer(long id, long itemId, @Nullable String htmx, Model model, String message) {
		if (htmx == null) {
			return "redirect:/remediation/plans/" + id + "#item-" + itemId;
		}
		PlanView plan = this.plans.lines(id);
		model.addAttribute("plan", plan);
		model.addAttribute("item", plan.item(itemId));
		model.addAttribute("saved", message);
		return "remediation/plan-row :: row";
	}

	private String refused(PlanView plan, long itemId, BusinessRuleException ex, @Nullable String htmx, Model model,
			HttpServletResponse response, Locale locale) {
		String reason = this.refusals.reason(ex, locale);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("plan", plan);
		model.addAttribute("error", reason);
		model.addAttribute("errorItem", itemId);
		if (htmx == null) {
			return "remediation/plan";
		}
		model.addAttribute("item", plan.item(itemId));
		return "remediation/plan-row :: row";
	}

}
