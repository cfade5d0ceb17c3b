package vn.parindex.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
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

import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * Importing a framework from an xlsx or YAML file (ADMIN), with the page explaining both
 * layouts and an example workbook; and downloading any framework as xlsx or YAML (every
 * signed-in user).
 */
@Controller
class FrameworkImportController {

	private static final String VIEW = "framework/import";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	private static final String EXAMPLE = "demo/framework-commune-illustrative.yaml";

	private final FrameworkManagement frameworks;

	FrameworkImportController(FrameworkManagement frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping("/admin/frameworks/import")
	String page(Model model) {
		model.addAttribute("sheets",
				FrameworkXlsx.SHEETS.stream()
					.map((sheet) -> Map.entry(sheet, String.join(", ", FrameworkXlsx.headers(sheet))))
					.toList());
		return VIEW;
	}

	/** The illustrative commune framework for 2026, written as a workbook. */
	@GetMapping("/admin/frameworks/import/template.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = new ClassPathResource(EXAMPLE).getInputStream()) {
			FrameworkXlsx.write(FrameworkYaml.read(in, 2026), out);
		}
		return download(out.toByteArray(), XLSX, "mau-bo-tieu-chi.xlsx");
	}

	@PostMapping("/admin/frameworks/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "year", required = false) @Nullable Integer year,
			@RequestParam(name = "format", required = false) @Nullable String format, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("import.file-missing", null, model, response);
		}
		String kind = kind(file, format);
		if (kind == null) {
			return rejected("framework.import.format-unknown", null, model, response);
		}
		try (InputStream in = file.getInputStream()) {
			long id = kind.equals("xlsx") ? this.frameworks.importXlsx(in) : this.frameworks.importYaml(in, year);
			redirect.addFlashAttribute("message", "framework.import.done");
			redirect.addFlashAttribute("messageArg", this.frameworks.summary(id).nameVi());
			return "redirect:/admin/frameworks/" + id;
		}
		catch (ImportRejectedException ex) {
			return rejected(ex.messageKey(), ex, model, response);
		}
	}

	@GetMapping("/frameworks/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.frameworks.exportXlsx(id, out);
		return download(out.toByteArray(), XLSX, fileName(id, "xlsx"));
	}

	@GetMapping("/frameworks/{id}/export.yaml")
	ResponseEntity<byte[]> exportYaml(@PathVariable long id) {
		byte[] body = this.frameworks.exportYaml(id).getBytes(StandardCharsets.UTF_8);
		return download(body, YAML, fileName(id, "yaml"));
	}

	/** xlsx or yaml: as chosen, else by the file name's extension; null if neither. */
	private static @Nullable String kind(MultipartFile file, @Nullable String format) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		String chosen = (format != null && !format.isBlank()) ? format.strip().toLowerCase(Locale.ROOT)
				: name.substring(name.lastIndexOf('.') + 1);
		return switch (chosen) {
			case "xlsx" -> "xlsx";
			case "yaml", "yml" -> "yaml";
			default -> null;
		};
	}

	/** Such as {@code bo-tieu-chi-2025-WARD-COMMUNE-v1.xlsx}. */
	private String fileName(long id, String extension) {
		FrameworkSummary summary = this.frameworks.summary(id);
		return "bo-tieu-chi-%d-%s-v%d.%s".formatted(summary.year(), summary.unitTypes().replace(',', '-'),
				summary.versionNo(), extension);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private String rejected(String messageKey, @Nullable ImportRejectedException ex, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", messageKey);
		model.addAttribute("problemArgs", (ex != null) ? ex.arguments() : new Object[0]);
		model.addAttribute("importErrors", (ex != null) ? ex.errors() : List.of());
		return page(model);
	}

}
