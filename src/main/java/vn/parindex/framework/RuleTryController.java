package vn.parindex.framework;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.framework.rule.RuleInputException;
import vn.parindex.framework.rule.RuleInputForm;

/**
 * The "try it" box: the points a leaf's saved rule gives for typed inputs, for every
 * signed-in user. A missing or impossible input answers 422 with the reason.
 */
@Controller
class RuleTryController {

	private final FrameworkManagement frameworks;

	private final MessageSource messages;

	RuleTryController(FrameworkManagement frameworks, MessageSource messages) {
		this.frameworks = frameworks;
		this.messages = messages;
	}

	@PostMapping("/frameworks/{id}/nodes/{code}/try")
	String attempt(@PathVariable long id, @PathVariable String code, @RequestParam MultiValueMap<String, String> params,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			model.addAttribute("points", this.frameworks.tryRule(id, code, RuleInputForm.read(params)));
		}
		catch (RuleInputException ex) {
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(),
					NodeFormReader.parameterNames(ex.arguments()), ex.messageKey(), locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "framework/partials/try :: result";
	}

}
