package vn.parindex.assessment;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.shared.pdf.PdfRenderer;

/**
 * Prints the self-assessment report as an A4 landscape PDF from the
 * {@code assessment/report-pdf} template.
 */
@Component
class AssessmentReportPdf {

	static final String TEMPLATE = "assessment/report-pdf";

	private final PdfRenderer renderer;

	AssessmentReportPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	void write(AssessmentReport report, Locale locale, OutputStream out) {
		this.renderer.render(TEMPLATE, Map.of("report", report), locale, out);
	}

}
