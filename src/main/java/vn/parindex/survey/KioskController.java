package vn.parindex.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * A tablet at the one-stop office, opened at {@code /kiosk/{token}} in full screen: the
 * unit's open campaign without a code, then a thank-you screen that returns to an empty
 * form by itself. Limited per kiosk like an address.
 */
@Controller
class KioskController {

	private final ResponseIntake intake;

	private final MessageSource messages;

	private final SurveyRateLimit limits;

	KioskController(ResponseIntake intake, MessageSource messages, SurveyRateLimit limits) {
		this.intake = intake;
		this.messages = messages;
		this.limits = limits;
	}

	@GetMapping("/kiosk/{token}")
	String form(@PathVariable String token, Model model) {
		return show(token, Map.of(), null, model);
	}

	@PostMapping("/kiosk/{token}")
	String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, Locale locale) {
		Map<String, List<String>> answers = SurveyFormController.answers(params);
		try {
			if (!this.limits.trySubmit("kiosk:" + KioskStore.hash(token))) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				throw new BusinessRuleException("survey.rate.limited");
			}
			this.intake.submitAtKiosk(token, answers,
					new SuspicionWatch.Facts(params.getFirst(FormStamp.FIELD), "kiosk:" + KioskStore.hash(token)));
			return "redirect:/kiosk/" + token + "/cam-on";
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			if (response.getStatus() == HttpStatus.OK.value()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return show(token, answers, params.getFirst(FormStamp.FIELD), model);
		}
	}

	/** After a response (post, redirect, get: reloading sends nothing twice). */
	@GetMapping("/kiosk/{token}/cam-on")
	String thanks(@PathVariable String token, Model model) {
		try {
			this.intake.kioskForm(token, null);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			// the campaign closed meanwhile: the next form says so
		}
		model.addAttribute("kiosk", token);
		return "survey/kiosk-thanks";
	}

	private String show(String token, Map<String, List<String>> given, @Nullable String stamp, Model model) {
		try {
			model.addAttribute("view", this.intake.kioskForm(token, stamp));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			return "survey/kiosk-idle";
		}
		model.addAttribute("kiosk", token);
		model.addAttribute("given", given);
		return "survey/kiosk";
	}

}
