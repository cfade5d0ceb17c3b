package vn.parindex.remediation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;

/**
 * The remediation pages: the actor's plans, a plan with its lines, adding a line,
 * submitting, returning, and the PDF and xlsx downloads (checked before anything is
 * written).
 */
@Controller
class PlanController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RemediationManagement plans;

	private final PlanPdf pdf;

	private final PlanXlsx xlsx;

	private final Refusals refusals;

	PlanController(RemediationManagement plans, PlanPdf pdf, PlanXlsx xlsx, Refusals refusals) {
		this.plans = plans;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.refusals = refusals;
	}

	@GetMapping("/remediation")
	String list(@RequestParam(name = "cycle", required = false) @Nullable Long cycle, Model model) {
		model.addAttribute("plans", this.plans.plans(cycle));
		model.addAttribute("periods", this.plans.periods());
		model.addAttribute("cycle", cycle);
		return "remediation/plans";
	}

	@GetMapping("/remediation/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.plan(id));
		return "remediation/plan";
	}

	@PostMapping("/remediation/plans/{id}/items")
	String add(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
			RedirectAttributes redirect, Locale locale) {
		try {
			long itemId = this.plans.addItem(id, String.valueOf(name == null ? "" : name));
			return "redirect:/remediation/plans/" + id + "#item-" + itemId;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
			return "redirect:/remediation/plans/" + id;
		}
	}

	@PostMapping("/remediation/plans/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
		return done(id, redirect, locale, "remediation.plan.submitted", () -> this.plans.submit(id, version));
	}

	@PostMapping("/remediation/plans/{id}/return")
	String returnPlan(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect, Locale locale) {
		return done(id, redirect, locale, "remediation.plan.returned", () -> this.plans.returnPlan(id, version, note));
	}

	@GetMapping("/remediation/plans/{id}.pdf")
	ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
		PlanView plan = this.plans.plan(id);
		return download(plan, "pdf", MediaType.APPLICATION_PDF, (out) -> this.pdf.write(plan, locale, out));
	}

	@GetMapping("/remediation/plans/{id}.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
		PlanView plan = this.plans.plan(id);
		return download(plan, "xlsx", XLSX, (out) -> this.xlsx.write(plan, locale, out));
	}

	private String done(long id, RedirectAttributes redirect, Locale locale, String message, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/remediation/plans/" + id;
	}

	private static ResponseEntity<StreamingResponseBody> download(PlanView plan, String extension, MediaType type,
			StreamingResponseBody body) {
		String name = "ke-hoach-khac-phuc-" + plan.header().year() + "-" + plan.header().unitCode() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
