package vn.parindex.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The self-assessment report downloads. The access check runs before anything is written,
 * so a refused request gets a clean 403.
 */
@Controller
class ReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AssessmentReports reports;

	ReportController(AssessmentReports reports) {
		this.reports = reports;
	}

	@GetMapping("/assessments/{id}/report.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
		AssessmentReport report = this.reports.report(id, locale);
		return download(report, "xlsx", XLSX, (out) -> this.reports.writeXlsx(report, locale, out));
	}

	@GetMapping("/assessments/{id}/report.pdf")
	ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
		AssessmentReport report = this.reports.report(id, locale);
		return download(report, "pdf", MediaType.APPLICATION_PDF, (out) -> this.reports.writePdf(report, locale, out));
	}

	private static ResponseEntity<StreamingResponseBody> download(AssessmentReport report, String extension,
			MediaType type, StreamingResponseBody body) {
		String name = "bao-cao-tu-danh-gia-" + report.year() + "-" + report.unitCode() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
