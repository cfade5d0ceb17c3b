package vn.parindex.remediation;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Formats;
import vn.parindex.shared.pdf.PdfRenderer;

/**
 * Prints a plan in the layout of an administrative document (Nghị định 30/2020/NĐ-CP):
 * the unit and the national motto side by side, the number left blank for the office,
 * place and date, the title, the four sections, the addressees and the head's signature
 * (a draft says so instead).
 */
@Component
class PlanPdf {

	static final String TEMPLATE = "remediation/plan-pdf";

	private final PdfRenderer renderer;

	private final OrganisationManagement organisation;

	PlanPdf(PdfRenderer renderer, OrganisationManagement organisation) {
		this.renderer = renderer;
		this.organisation = organisation;
	}

	void write(PlanView plan, Locale locale, OutputStream out) {
		String province = this.organisation.findRow(plan.header().unitId())
			.map((unit) -> unit.provinceName()
				.replaceFirst("^(Tỉnh|Thành phố)\\s+", "")
				.replaceFirst("\\s*\\(.*\\)$", ""))
			.orElse("");
		LocalDate signed = (plan.header().submittedAt() != null)
				? LocalDate.ofInstant(plan.header().submittedAt(), Formats.ZONE) : null;
		this.renderer.render(TEMPLATE, Map.of("plan", plan, "place", province, "signed",
				(signed != null) ? signed : plan.today(), "draft", signed == null), locale, out);
	}

}
