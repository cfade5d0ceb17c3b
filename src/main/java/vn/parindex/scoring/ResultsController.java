package vn.parindex.scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The computed results of a period before publication, for ADMIN and VIEWER.
 */
@Controller
class ResultsController {

	private final ScoringManagement scoring;

	ResultsController(ScoringManagement scoring) {
		this.scoring = scoring;
	}

	@GetMapping("/results/{cycle}")
	String preview(@PathVariable long cycle, Model model) {
		model.addAttribute("preview", this.scoring.preview(cycle));
		return "scoring/preview";
	}

}
