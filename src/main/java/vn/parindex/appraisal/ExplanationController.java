package vn.parindex.appraisal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.assessment.EvidenceDetails;
import vn.parindex.assessment.EvidenceManagement;

/**
 * The unit's explanation round: the flagged leaves, an answer per leaf, new evidence, and
 * the leader's lock.
 */
@Controller
class ExplanationController {

	private final ExplanationManagement explanations;

	private final EvidenceManagement evidence;

	private final PageMessages pages;

	ExplanationController(ExplanationManagement explanations, EvidenceManagement evidence, PageMessages pages) {
		this.explanations = explanations;
		this.evidence = evidence;
		this.pages = pages;
	}

	@GetMapping("/appraisals/{id}/explanation")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("view", this.explanations.view(id));
		return "appraisal/explanation";
	}

	@PostMapping("/appraisals/{id}/explanation/{code}")
	String answer(@PathVariable long id, @PathVariable String code, @RequestParam long version,
			@RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.explanations.answer(id, code, answer, version), "appraisal.explanation.saved",
				redirect, locale);
		return back(id, code);
	}

	@PostMapping("/appraisals/{id}/explanation/{code}/evidence")
	String upload(@PathVariable long id, @PathVariable String code, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String docNumber,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @Nullable String issuer, RedirectAttributes redirect, Locale locale) {
		EvidenceDetails details = new EvidenceDetails(docNumber, issuedOn, issuer, null);
		this.pages.run(() -> {
			try (InputStream in = file.getInputStream()) {
				this.evidence.upload(id, code, in, file.getOriginalFilename(), details);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, "appraisal.explanation.file-added", redirect, locale);
		return back(id, code);
	}

	@PostMapping("/appraisals/{id}/explanation/lock")
	String lock(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.pages.run(() -> this.explanations.lock(id), "appraisal.explanation.locked", redirect, locale);
		return "redirect:/appraisals/" + id + "/explanation";
	}

	private static String back(long id, String code) {
		return "redirect:/appraisals/" + id + "/explanation#leaf-" + code.replace('.', '_');
	}

}
