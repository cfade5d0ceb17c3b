package vn.parindex.framework.cycle;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.parindex.shared.CurrentActor;

/**
 * Offers every page of a signed-in user the next deadline ({@code nextDeadline}) and the
 * time left ({@code nextDeadlineLeft}), for the countdown in the layout. Only pages with
 * the layout need it: the API and htmx fragments skip the query.
 */
@ControllerAdvice
class DeadlineCountdown {

	private final CycleManagement cycles;

	private final CurrentActor actor;

	private final Clock clock;

	DeadlineCountdown(CycleManagement cycles, CurrentActor actor, Clock clock) {
		this.cycles = cycles;
		this.actor = actor;
		this.clock = clock;
	}

	@ModelAttribute
	void nextDeadline(HttpServletRequest request, Model model) {
		if (request.getHeader("HX-Request") != null
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		this.actor.find().flatMap(this.cycles::nextDeadline).ifPresent((deadline) -> {
			model.addAttribute("nextDeadline", deadline);
			model.addAttribute("nextDeadlineLeft", TimeLeft.between(this.clock.instant(), deadline.endsAt()));
		});
	}

}
