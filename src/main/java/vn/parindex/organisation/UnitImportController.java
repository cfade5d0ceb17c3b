package vn.parindex.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * Importing units from an xlsx sheet (ADMIN): the page explaining the columns, the
 * template, and the upload, which applies everything or lists every bad cell.
 */
@Controller
class UnitImportController {

	private static final String VIEW = "organisation/import";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final OrganisationManagement organisation;

	UnitImportController(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/admin/units/import")
	String page(Model model) {
		model.addAttribute("headers", UnitImport.HEADERS);
		return VIEW;
	}

	@GetMapping("/admin/units/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.organisation.writeImportTemplate(out);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-don-vi.xlsx").build().toString())
			.body(out.toByteArray());
	}

	@PostMapping("/admin/units/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("import.file-missing", null, model, response);
		}
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("summary", this.organisation.importUnits(in));
			return "redirect:/admin/units/import";
		}
		catch (ImportRejectedException ex) {
			return rejected(ex.messageKey(), ex, model, response);
		}
	}

	private String rejected(String messageKey, @Nullable ImportRejectedException ex, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", messageKey);
		model.addAttribute("problemArgs", (ex != null) ? ex.arguments() : new Object[0]);
		model.addAttribute("importErrors", (ex != null) ? ex.errors() : java.util.List.of());
		return page(model);
	}

}
