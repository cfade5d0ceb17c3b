package vn.parindex.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	SurveyFormController(ResponseIntake intake, MessageSource messages) {
		this.intake = intake;
		this.messages = messages;
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
			HttpServletResponse response, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(QUESTION_PREFIX)) {
				answers.put(name.substring(QUESTION_PREFIX.length()), values);
			}
		});
		String code = params.getFirst("ma");
		try {
			this.intake.submit(token, (code != null) ? code : "", answers, Channel.WEB);
			return "redirect:/s/" + token + "/cam-on";
		}
		catch (BusinessRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("view", this.intake.form(token));
			model.addAttribute("code", (code != null) ? code : "");
			model.addAttribute("given", answers);
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "survey/form";
		}
	}

	@GetMapping("/s/{token}/cam-on")
	String thanks(@PathVariable String token, Model model) {
		model.addAttribute("view", this.intake.form(token));
		return "survey/thanks";
	}

}
