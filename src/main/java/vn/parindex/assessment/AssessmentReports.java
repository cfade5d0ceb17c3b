package vn.parindex.assessment;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.rule.RuleInput;
import vn.parindex.shared.Formats;

/**
 * The unit's self-assessment report (báo cáo tự đánh giá) as xlsx and PDF, for whoever
 * may read the assessment.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReports {

	private final AssessmentManagement assessments;

	private final AssessmentReportXlsx xlsx;

	private final AssessmentReportPdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	AssessmentReports(AssessmentManagement assessments, AssessmentReportXlsx xlsx, AssessmentReportPdf pdf,
			MessageSource messages, Clock clock) {
		this.assessments = assessments;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/** Writes a report read with {@link #report}, which made the access check. */
	public void writeXlsx(AssessmentReport report, Locale locale, OutputStream out) {
		this.xlsx.write(report, locale, out);
	}

	/** Writes a report read with {@link #report}, which made the access check. */
	public void writePdf(AssessmentReport report, Locale locale, OutputStream out) {
		this.pdf.write(report, locale, out);
	}

	/** The report's content; the access check is the workspace's. */
	public AssessmentReport report(long id, Locale locale) {
		Workspace workspace = this.assessments.workspace(id);
		Workspace.Header header = workspace.header();
		Tally all = workspace.overall();
		List<AssessmentReport.Line> lines = new ArrayList<>();
		for (Workspace.Node node : workspace.nodes()) {
			if (node.leaf() && !node.entered()) {
				continue;
			}
			lines.add(line(workspace, node, locale));
		}
		return new AssessmentReport(header.unitName(), header.unitCode(), header.cycleName(), header.year(),
				header.frameworkName(), "assessment.status." + header.status(), header.submittedAt(),
				header.submittedBy(), all.self(), all.max(), (all.percent() != null) ? all.percent() : BigDecimal.ZERO,
				all.done(), all.total(), lines, this.clock.instant());
	}

	private AssessmentReport.Line line(Workspace workspace, Workspace.Node node, Locale locale) {
		String code = node.definition().code();
		EntryRow entry = node.entry();
		BigDecimal self = node.leaf() ? node.state().selfPoints() : workspace.tally(code).self();
		List<String> evidence = node.evidence().stream().map(AssessmentReports::evidence).toList();
		return new AssessmentReport.Line(code, node.level(), node.definition().nameVi(), node.leaf(),
				node.definition().maxPoints(), self, (entry != null) ? inputs(entry.input().rule(), locale) : "",
				node.state().naClaimed(), (entry != null) ? entry.input().naReason() : null,
				(entry != null) ? entry.input().explanation() : null, evidence);
	}

	private String inputs(RuleInput input, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (input.met() != null) {
			parts.add(text(input.met() ? "assessment.leaf.met" : "assessment.leaf.not-met", locale));
		}
		add(parts, "framework.try.NUMERATOR", input.numerator(), locale);
		add(parts, "framework.try.DENOMINATOR", input.denominator(), locale);
		add(parts, "framework.try.VALUE", input.value(), locale);
		add(parts, "framework.try.COUNT", (input.count() != null) ? BigDecimal.valueOf(input.count()) : null, locale);
		add(parts, "framework.input.points", input.points(), locale);
		input.events().forEach((event, cases) -> parts.add(event + ": " + cases));
		return String.join("; ", parts);
	}

	private void add(List<String> parts, String key, @Nullable BigDecimal value, Locale locale) {
		if (value != null) {
			parts.add(text(key, locale) + " " + Formats.number(value));
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String evidence(EvidenceRow row) {
		List<String> parts = new ArrayList<>();
		EvidenceDetails details = row.details();
		if (details.docNumber() != null) {
			parts.add(details.docNumber());
		}
		if (details.issuedOn() != null) {
			parts.add(Formats.date(details.issuedOn()));
		}
		if (details.issuer() != null) {
			parts.add(details.issuer());
		}
		parts.add(row.file().displayName());
		return String.join(", ", parts) + ((details.note() != null) ? " (" + details.note() + ")" : "");
	}

}
