package vn.parindex.survey;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sample-size calculator (ADMIN, under {@code /admin}): n = N ÷ (1 + N·e²) from a
 * number of dossiers and a margin of error, 5% unless another is given. Nothing is
 * stored; a plain GET form that works without JavaScript.
 */
@Controller
class SampleSizeController {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@GetMapping("/admin/surveys/sample-size")
	String calculate(@RequestParam(required = false) @Nullable String dossiers,
			@RequestParam(defaultValue = "5") String margin, Model model, HttpServletResponse response) {
		model.addAttribute("dossiers", (dossiers != null) ? dossiers : "");
		model.addAttribute("margin", margin);
		if (dossiers == null || dossiers.isBlank()) {
			return "survey/sample-size";
		}
		Long population = whole(dossiers);
		BigDecimal percent = decimal(margin);
		if (population == null || percent == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error",
					(population == null) ? "survey.sample.bad-dossiers" : "survey.sample.bad-margin");
			return "survey/sample-size";
		}
		model.addAttribute("sample", SurveyMath.sampleSize(population, percent.divide(HUNDRED)));
		return "survey/sample-size";
	}

	private static @Nullable Long whole(String text) {
		try {
			long value = Long.parseLong(text.strip().replace(".", "").replace(" ", ""));
			return (value > 0 && value <= 100_000_000) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
			return (value.compareTo(new BigDecimal("0.5")) >= 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0) ? value
					: null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
