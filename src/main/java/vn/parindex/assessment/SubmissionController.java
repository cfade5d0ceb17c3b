package vn.parindex.assessment;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting (chốt điểm tự chấm) after a review of the problems and warnings, and
 * withdrawing to edit again.
 */
@Controller
class SubmissionController {

	private final AssessmentManagement assessments;

	private final SubmissionManagement submissions;

	SubmissionController(AssessmentManagement assessments, SubmissionManagement submissions) {
		this.assessments = assessments;
		this.submissions = submissions;
	}

	@GetMapping("/assessments/{id}/submit")
	String review(@PathVariable long id, Model model) {
		model.addAttribute("ws", this.assessments.workspace(id));
		return "assessment/submit";
	}

	@PostMapping("/assessments/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		try {
			int seq = this.submissions.submit(id, version);
			redirect.addFlashAttribute("message", "assessment.submit.done");
			redirect.addFlashAttribute("messageArg", seq);
			return "redirect:/assessments/" + id;
		}
		catch (SubmissionRefusedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("ws", this.assessments.workspace(id));
			model.addAttribute("refused", ex.problems());
			return "assessment/submit";
		}
	}

	@PostMapping("/assessments/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		this.submissions.withdraw(id, version, reason);
		redirect.addFlashAttribute("message", "assessment.withdraw.done");
		return "redirect:/assessments/" + id;
	}

}
