package vn.parindex.remediation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;

/**
 * Evidence files of plan lines: upload, checked download as an attachment, removal.
 */
@Controller
class EvidenceFileController {

	private final RemediationEvidence evidence;

	private final Refusals refusals;

	EvidenceFileController(RemediationEvidence evidence, Refusals refusals) {
		this.evidence = evidence;
		this.refusals = refusals;
	}

	@PostMapping("/remediation/plans/{id}/items/{itemId}/evidence")
	String upload(@PathVariable long id, @PathVariable long itemId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try (InputStream content = file.getInputStream()) {
			this.evidence.upload(id, itemId, content, file.getOriginalFilename());
			redirect.addFlashAttribute("message", "remediation.plan.evidence.uploaded");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/remediation/plans/" + id + "#item-" + itemId;
	}

	@PostMapping("/remediation/plans/{id}/evidence/{evidenceId}/delete")
	String delete(@PathVariable long id, @PathVariable long evidenceId, RedirectAttributes redirect, Locale locale) {
		try {
			this.evidence.remove(id, evidenceId);
			redirect.addFlashAttribute("message", "remediation.plan.evidence.deleted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/remediation/plans/" + id;
	}

	@GetMapping("/remediation/plans/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
		EvidenceDownload file = this.evidence.download(id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
