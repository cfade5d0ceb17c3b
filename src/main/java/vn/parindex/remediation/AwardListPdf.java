package vn.parindex.remediation;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.shared.pdf.PdfRenderer;

/**
 * Prints an award list as an A4 PDF from the {@code remediation/award-list-pdf} template:
 * the period, the decision approving the results and the units by award; a draft is
 * marked "DỰ THẢO".
 */
@Component
public class AwardListPdf {

	static final String TEMPLATE = "remediation/award-list-pdf";

	private final PdfRenderer renderer;

	AwardListPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	/** The PDF's bytes. */
	public byte[] write(AwardList list, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.render(TEMPLATE, Map.of("list", list), locale, out);
		return out.toByteArray();
	}

}
