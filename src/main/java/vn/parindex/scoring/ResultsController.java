package vn.parindex.scoring;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;

/**
 * The computed results of a period before publication (ADMIN and VIEWER), and publishing
 * them under the approval decision (ADMIN).
 */
@Controller
class ResultsController {

	private final ScoringManagement scoring;

	private final PublicationManagement publications;

	private final Refusals refusals;

	private final HistoricalResults historical;

	ResultsController(ScoringManagement scoring, PublicationManagement publications, Refusals refusals,
			HistoricalResults historical) {
		this.historical = historical;
		this.scoring = scoring;
		this.publications = publications;
		this.refusals = refusals;
	}

	@GetMapping("/results/{cycle}")
	String preview(@PathVariable long cycle, Model model) {
		model.addAttribute("preview", this.scoring.preview(cycle));
		model.addAttribute("publications", this.publications.history(cycle));
		model.addAttribute("imports", this.historical.history(cycle));
		model.addAttribute("importRefusal", this.historical.refusal(cycle));
		return "scoring/preview";
	}

	/**
	 * From a published result down to each leaf: the unit's appraisal, which shows the
	 * final points, the comments and the evidence to whoever may read it; or, for a
	 * period whose points were imported, each leaf as imported.
	 */
	@GetMapping("/results/{cycle}/units/{unit}/explain")
	String explain(@PathVariable long cycle, @PathVariable long unit, Model model) {
		Optional<Long> appraisal = this.scoring.appraisal(cycle, unit);
		if (appraisal.isPresent()) {
			return "redirect:/appraisals/" + appraisal.get();
		}
		model.addAttribute("view", this.scoring.imported(cycle, unit));
		return "scoring/imported-unit";
	}

	@PostMapping("/results/{cycle}/publish")
	String publish(@PathVariable long cycle, @RequestParam(defaultValue = "") String number,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate date,
			@RequestParam(defaultValue = "") String signer, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (date == null) {
				throw new BusinessRuleException("scoring.publish.decision-required");
			}
			this.publications.publish(cycle, new ResultsSnapshot.Decision(number.strip(), date, signer.strip()),
					reason);
			redirect.addFlashAttribute("message", "scoring.publish.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/results/" + cycle;
	}

}
