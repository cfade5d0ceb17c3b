package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The bulk import page of ADMIN at {@code /admin/surveys/bulk}: the columns of the CSV,
 * the campaigns' ids, the upload, and every bad cell of a refused file.
 */
@Controller
class SurveyBulkController {

	private static final String VIEW = "survey/bulk";

	private final SurveyBulkImport bulk;

	private final SurveyOverview overview;

	SurveyBulkController(SurveyBulkImport bulk, SurveyOverview overview) {
		this.bulk = bulk;
		this.overview = overview;
	}

	@GetMapping("/admin/surveys/bulk")
	String page(Model model) {
		model.addAttribute("columns", BulkCsvHeader.COLUMNS);
		model.addAttribute("campaigns", this.overview.campaigns());
		return VIEW;
	}

	@PostMapping("/admin/surveys/bulk")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("survey.bulk.file-missing", new Object[0], List.of(), model, response);
		}
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("summary", this.bulk.importCsv(in));
			return "redirect:/admin/surveys/bulk";
		}
		catch (ImportRejectedException ex) {
			return rejected(ex.messageKey(), ex.arguments(), ex.errors(), model, response);
		}
	}

	private String rejected(String messageKey, Object[] arguments, List<?> errors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", messageKey);
		model.addAttribute("problemArgs", arguments);
		model.addAttribute("importErrors", errors);
		return page(model);
	}

}
