package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.parindex.shared.web.Refusals;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * Evidence on a leaf: upload with its details, attach a file already uploaded, remove,
 * and the checked download and in-page preview of a file.
 */
@Controller
class EvidenceController {

	private final EvidenceManagement evidence;

	private final AssessmentManagement assessments;

	private final Refusals errors;

	EvidenceController(EvidenceManagement evidence, AssessmentManagement assessments, Refusals errors) {
		this.evidence = evidence;
		this.assessments = assessments;
		this.errors = errors;
	}

	@PostMapping("/assessments/{id}/entries/{code}/evidence")
	String upload(@PathVariable long id, @PathVariable String code, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String docNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false) @Nullable String note,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		try (InputStream content = file.getInputStream()) {
			this.evidence.upload(id, code, content, file.getOriginalFilename(),
					new EvidenceDetails(docNumber, issuedOn, issuer, note));
		}
		catch (BusinessRuleException ex) {
			return refused(ex, htmx, model, response, locale);
		}
		return answer(id, code, htmx, model);
	}

	@PostMapping("/assessments/{id}/entries/{code}/evidence/reuse")
	String reuse(@PathVariable long id, @PathVariable String code, @RequestParam long fileId,
			@RequestParam(required = false) @Nullable String docNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false) @Nullable String note,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response, Locale locale) {
		try {
			this.evidence.reuse(id, code, fileId, new EvidenceDetails(docNumber, issuedOn, issuer, note));
		}
		catch (BusinessRuleException ex) {
			return refused(ex, htmx, model, response, locale);
		}
		return answer(id, code, htmx, model);
	}

	@PostMapping("/assessments/{id}/entries/{code}/evidence/{evidenceId}/remove")
	String remove(@PathVariable long id, @PathVariable String code, @PathVariable long evidenceId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		this.evidence.remove(id, evidenceId);
		return answer(id, code, htmx, model);
	}

	/** The file as an attachment, whatever its type. */
	@GetMapping("/assessments/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) {
		return stream(this.evidence.download(id, fileId), ContentDisposition.attachment());
	}

	/**
	 * PDFs and images inline, for the preview in the page; other types are not previewed.
	 */
	@GetMapping("/assessments/{id}/files/{fileId}/preview")
	ResponseEntity<InputStreamResource> preview(@PathVariable long id, @PathVariable long fileId) {
		FileDownload download = this.evidence.download(id, fileId);
		if (!download.file().previewable()) {
			throw new NotFoundException("evidence-preview", fileId);
		}
		return stream(download, ContentDisposition.inline());
	}

	/** A page showing the preview, with the file's details and a download link. */
	@GetMapping("/assessments/{id}/files/{fileId}/view")
	String view(@PathVariable long id, @PathVariable long fileId, Model model) {
		model.addAttribute("file", this.evidence.download(id, fileId).file());
		model.addAttribute("assessmentId", id);
		return "assessment/file";
	}

	private static ResponseEntity<InputStreamResource> stream(FileDownload download,
			ContentDisposition.Builder disposition) {
		FileRow file = download.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.displayName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(download.content().get()));
	}

	private String answer(long id, String code, @Nullable String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/assessments/" + id + "#leaf-" + code.replace('.', '_');
		}
		Workspace workspace = this.assessments.workspace(id);
		model.addAttribute("ws", workspace);
		model.addAttribute("node", AssessmentPages.node(workspace, code));
		return "assessment/partials/leaf :: card-update";
	}

	private String refused(BusinessRuleException ex, @Nullable String htmx, Model model, HttpServletResponse response,
			Locale locale) {
		if (htmx == null) {
			throw ex;
		}
		String text = this.errors.reason(ex, locale);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", text);
		return "assessment/partials/leaf :: error";
	}

}
