package vn.parindex.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.Role;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * Creating many users from an xlsx sheet: the explanation and template, the upload, and
 * the result with every temporary password shown once.
 */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<List<String>> EXAMPLES = List.of(
			List.of("canbo.vidu", "Nguyễn Văn Ví Dụ", "canbo.vidu@dongthap.gov.vn", "UNIT_OFFICER", "SKHCN-2025"),
			List.of("lanhdao.vidu", "Trần Thị Mẫu", "", "Lãnh đạo tỉnh (chỉ xem)", ""));

	private final IdentityManagement identity;

	UserImportController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("headers", UserImport.HEADERS);
		model.addAttribute("roles", Role.values());
		return "identity/user-import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxSheet.template("Người dùng", UserImport.HEADERS, EXAMPLES, out);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-nguoi-dung.xlsx").build().toString())
			.body(out.toByteArray());
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("import.file-missing", List.of(), model, response);
		}
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("imported", this.identity.importUsers(in));
			return "redirect:/admin/users/import";
		}
		catch (ImportRejectedException ex) {
			return rejected(ex.messageKey(), ex.errors(), model, response);
		}
	}

	private String rejected(String problem, List<ImportError> errors, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", problem);
		model.addAttribute("errors", errors);
		return page(model);
	}

}
