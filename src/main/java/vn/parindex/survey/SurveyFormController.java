package vn.parindex.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The public survey form at {@code /s/{token}}: plain HTML that works without JavaScript
 * and on a phone, the one-time code typed in or carried by the link ({@code ?ma=}), and a
 * thank-you page. Nothing is kept in a session.
 */
@Controller
class SurveyFormController {

	static final String QUESTION_PREFIX = "q_";

	private final ResponseIntake intake;

	private final MessageSource messages;

	private final SurveyRateLimit limits;

	SurveyFormController(ResponseIntake intake, MessageSource messages, SurveyRateLimit limits) {
		this.intake = intake;
		this.messages = messages;
		this.limits = limits;
	}

	@GetMapping("/s/{token}")
	String form(@PathVariable String token, @RequestParam(name = "ma", defaultValue = "") String code, Model model) {
		model.addAttribute("view", this.intake.form(token));
		model.addAttribute("code", code);
		model.addAttribute("given", Map.of());
		return "survey/form";
	}

	@PostMapping("/s/{token}")
	String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String code = params.getFirst("ma");
		String address = request.getRemoteAddr();
		if (!this.limits.trySubmit(address)) {
			return refused(token, params, new BusinessRuleException("survey.rate.limited"),
					HttpStatus.TOO_MANY_REQUESTS, model, response, locale);
		}
		try {
			this.intake.submit(token, (code != null) ? code : "", answers(params), Channel.WEB,
					new SuspicionWatch.Facts(params.getFirst(FormStamp.FIELD), address));
			return "redirect:/s/" + token + "/cam-on";
		}
		catch (BusinessRuleException ex) {
			if ("survey.code.invalid".equals(ex.messageKey())) {
				this.limits.wrongCode(address);
			}
			return refused(token, params, ex, HttpStatus.UNPROCESSABLE_CONTENT, model, response, locale);
		}
	}

	/** The answers of a posted form, by question code (fields named q_ and the code). */
	static Map<String, List<String>> answers(MultiValueMap<String, String> params) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(QUESTION_PREFIX)) {
				answers.put(name.substring(QUESTION_PREFIX.length()), values);
			}
		});
		return answers;
	}

	/** The form again with what was sent and why it was refused; it keeps its stamp. */
	private String refused(String token, MultiValueMap<String, String> params, BusinessRuleException reason,
			HttpStatus status, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(status.value());
		String code = params.getFirst("ma");
		model.addAttribute("view", this.intake.form(token, params.getFirst(FormStamp.FIELD)));
		model.addAttribute("code", (code != null) ? code : "");
		model.addAttribute("given", answers(params));
		model.addAttribute("problem", this.messages.getMessage(reason.messageKey(), reason.arguments(), locale));
		return "survey/form";
	}

	@GetMapping("/s/{token}/cam-on")
	String thanks(@PathVariable String token, Model model) {
		model.addAttribute("view", this.intake.form(token));
		return "survey/thanks";
	}

}
