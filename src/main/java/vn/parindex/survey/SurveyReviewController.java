package vn.parindex.survey;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue of a campaign's flagged responses at
 * {@code /admin/surveys/campaigns/{id}/review}: accept or reject one response, or every
 * response with a flag.
 */
@Controller
class SurveyReviewController {

	private final ResponseReview review;

	private final SurveyOverview overview;

	SurveyReviewController(ResponseReview review, SurveyOverview overview) {
		this.review = review;
		this.overview = overview;
	}

	@GetMapping("/admin/surveys/campaigns/{id}/review")
	String queue(@PathVariable long id, Model model) {
		model.addAttribute("campaign", this.overview.campaign(id));
		model.addAttribute("queue", this.review.queue(id));
		model.addAttribute("flags", SuspicionFlag.values());
		return "survey/review";
	}

	@PostMapping("/admin/surveys/campaigns/{id}/review/{response}")
	String decide(@PathVariable long id, @PathVariable UUID response, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		boolean done = accept ? this.review.accept(id, response) : this.review.reject(id, response);
		redirect.addFlashAttribute("message",
				done ? (accept ? "survey.review.accepted" : "survey.review.rejected") : "survey.review.already");
		redirect.addFlashAttribute("messageArg", 1);
		return "redirect:/admin/surveys/campaigns/" + id + "/review";
	}

	@PostMapping("/admin/surveys/campaigns/{id}/review")
	String decideAll(@PathVariable long id, @RequestParam SuspicionFlag flag, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		int done = accept ? this.review.acceptAll(id, flag) : this.review.rejectAll(id, flag);
		redirect.addFlashAttribute("message", accept ? "survey.review.accepted" : "survey.review.rejected");
		redirect.addFlashAttribute("messageArg", done);
		return "redirect:/admin/surveys/campaigns/" + id + "/review";
	}

}
