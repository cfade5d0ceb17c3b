package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * Questionnaires as files: a version downloaded as xlsx or YAML (ADMIN under
 * {@code /admin/surveys/questionnaires/…}; ADMIN and VIEWER under
 * {@code /surveys/questionnaires/…}, as {@code /admin/**} is ADMIN's alone), the empty
 * workbook, and a new version uploaded as xlsx, with its bad cells listed on the page.
 */
@Controller
class QuestionnaireFileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	private static final String VIEW = "survey/questionnaire-import";

	private final QuestionnaireFiles files;

	private final SurveyManagement surveys;

	private final Refusals refusals;

	QuestionnaireFileController(QuestionnaireFiles files, SurveyManagement surveys, Refusals refusals) {
		this.files = files;
		this.surveys = surveys;
		this.refusals = refusals;
	}

	@GetMapping({ "/admin/surveys/questionnaires/{id}.xlsx", "/surveys/questionnaires/{id}.xlsx" })
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.files.xlsx(id, out);
		return download(out.toByteArray(), XLSX, this.files.fileName(id) + ".xlsx");
	}

	@GetMapping({ "/admin/surveys/questionnaires/{id}.yaml", "/surveys/questionnaires/{id}.yaml" })
	ResponseEntity<byte[]> yaml(@PathVariable long id) {
		byte[] body = this.files.yaml(id).getBytes(StandardCharsets.UTF_8);
		return download(body, YAML, this.files.fileName(id) + ".yaml");
	}

	@GetMapping("/admin/surveys/questionnaires/template.xlsx")
	ResponseEntity<byte[]> template() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.files.template(out);
		return download(out.toByteArray(), XLSX, "mau-phieu-khao-sat.xlsx");
	}

	@GetMapping("/admin/surveys/questionnaires/import")
	String page(Model model) {
		model.addAttribute("columns", QuestionnaireXlsx.QUESTION_HEADERS);
		model.addAttribute("headers", String.join(", ", QuestionnaireXlsx.QUESTION_HEADERS));
		model.addAttribute("labels", String.join(", ", QuestionnaireXlsx.LABELS));
		return VIEW;
	}

	@PostMapping("/admin/surveys/questionnaires/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("import.file-missing", new Object[0], List.of(), model, response);
		}
		try (InputStream in = file.getInputStream()) {
			this.surveys.addQuestionnaireXlsx(in);
			redirect.addFlashAttribute("message", "survey.admin.questionnaire-added");
			return "redirect:/admin/surveys";
		}
		catch (ImportRejectedException ex) {
			return rejected(ex.messageKey(), ex.arguments(), ex.errors(), model, response);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("refusal", this.refusals.reason(ex, locale));
			return rejected(null, new Object[0], List.of(), model, response);
		}
	}

	private String rejected(@Nullable String messageKey, Object[] arguments, List<?> errors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", messageKey);
		model.addAttribute("problemArgs", arguments);
		model.addAttribute("importErrors", errors);
		return page(model);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
