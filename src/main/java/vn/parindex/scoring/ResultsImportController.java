package vn.parindex.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * Importing the official points of a past period (ADMIN): the explanation, the template
 * with every unit and leaf of the period, the upload and every bad cell of a refused
 * file.
 */
@Controller
class ResultsImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final HistoricalResults historical;

	private final CycleManagement cycles;

	private final Refusals refusals;

	ResultsImportController(HistoricalResults historical, CycleManagement cycles, Refusals refusals) {
		this.historical = historical;
		this.cycles = cycles;
		this.refusals = refusals;
	}

	@GetMapping("/results/{cycle}/import")
	String page(@PathVariable long cycle, Model model) {
		model.addAttribute("cycle", this.cycles.view(cycle));
		model.addAttribute("refusal", this.historical.refusal(cycle));
		model.addAttribute("imports", this.historical.history(cycle));
		model.addAttribute("headers", ResultsImportCheck.HEADERS);
		return "scoring/import";
	}

	@GetMapping("/results/{cycle}/import/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long cycle) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.historical.template(cycle, out);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-ket-qua-" + cycle + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	@PostMapping("/results/{cycle}/import")
	String upload(@PathVariable long cycle, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) throws IOException {
		model.addAttribute("source", source);
		if (file == null || file.isEmpty()) {
			return rejected(cycle, "import.file-missing", List.of(), model, response);
		}
		try (InputStream in = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
			redirect.addFlashAttribute("imported", this.historical.importXlsx(cycle, in, name, source));
			return "redirect:/results/" + cycle + "/import";
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problemArgs", ex.arguments());
			return rejected(cycle, ex.messageKey(), ex.errors(), model, response);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("flashError", this.refusals.reason(ex, locale));
			return rejected(cycle, null, List.of(), model, response);
		}
	}

	private String rejected(long cycle, @Nullable String problem, List<ImportError> errors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", problem);
		model.addAttribute("importErrors", errors);
		return page(cycle, model);
	}

}
