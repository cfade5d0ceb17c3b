package vn.parindex.framework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.xlsx.ImportError;

import static vn.parindex.framework.FrameworkXlsx.BANDS;
import static vn.parindex.framework.FrameworkXlsx.INFO;
import static vn.parindex.framework.FrameworkXlsx.NODES;

/**
 * Places each validation fault of an imported framework on the cell it concerns: a node's
 * sum on its "Điểm tối đa", its rule on "Quy tắc" or "Tham số", the totals and tie-breaks
 * on the general information, the bands on their rows. Faults that only echo a cell
 * already reported are left out.
 */
final class FrameworkXlsxIssues {

	private static final Set<String> SUMS = Set.of("framework.validation.children-sum",
			"framework.validation.scored-total", "framework.validation.self-assessment-total",
			"framework.validation.survey-total");

	private static final Set<String> RULE_COLUMNS = Set.of(FrameworkXlsx.SOURCE, FrameworkXlsx.RULE,
			FrameworkXlsx.PARAMS);

	private final List<ImportError> errors;

	private final Set<String> reported;

	private final FrameworkXlsxNodes nodes;

	private final Map<String, FrameworkXlsxLine> info;

	private final List<FrameworkXlsxLine> bands;

	FrameworkXlsxIssues(List<ImportError> errors, FrameworkXlsxNodes nodes, Map<String, FrameworkXlsxLine> info,
			List<FrameworkXlsxLine> bands) {
		this.errors = errors;
		this.reported = errors.stream().map(ImportError::cell).collect(Collectors.toSet());
		this.nodes = nodes;
		this.info = info;
		this.bands = bands;
	}

	void add(List<ValidationIssue> issues) {
		for (ValidationIssue issue : issues) {
			boolean echo = SUMS.contains(issue.messageKey()) && this.nodes.sumUncertain(issue.nodeCode());
			ImportError error = issue.nodeCode().isEmpty() ? framework(issue) : node(issue);
			if (!echo && error != null && !this.reported.contains(error.cell())) {
				this.errors.add(error);
			}
		}
	}

	private @Nullable ImportError node(ValidationIssue issue) {
		String column = column(issue.messageKey());
		FrameworkXlsxLine line = this.nodes.line(issue.nodeCode());
		if (line == null) {
			return at(NODES + "!A1", 1, issue);
		}
		if (RULE_COLUMNS.contains(column) && this.nodes.ruleIncomplete(issue.nodeCode())) {
			return null;
		}
		return at(line.cell(column), line.number(), issue);
	}

	private static String column(String key) {
		return switch (key) {
			case "framework.validation.parent-unknown", "framework.validation.code-not-under-parent" ->
				FrameworkXlsx.PARENT;
			case "framework.validation.code-duplicate", "framework.validation.too-deep" -> FrameworkXlsx.CODE;
			case "framework.validation.name-missing" -> FrameworkXlsx.NAME;
			case "framework.validation.max-missing", "framework.validation.max-negative",
					"framework.validation.children-sum" ->
				FrameworkXlsx.MAX;
			case "framework.validation.outside-scale-mismatch" -> FrameworkXlsx.OUTSIDE;
			case "framework.validation.rule-on-inner-node", "framework.validation.rule-missing",
					"framework.validation.source-rule-mismatch" ->
				FrameworkXlsx.RULE;
			default -> FrameworkXlsx.PARAMS;
		};
	}

	private ImportError framework(ValidationIssue issue) {
		return switch (issue.messageKey()) {
			case "framework.validation.scored-total" -> info(FrameworkXlsx.SCALE, issue);
			case "framework.validation.self-assessment-total" -> info(FrameworkXlsx.SELF_TOTAL, issue);
			case "framework.validation.survey-total" -> info(FrameworkXlsx.SURVEY_TOTAL, issue);
			case "framework.validation.tie-break-unknown" -> info(FrameworkXlsx.TIE_BREAK, issue);
			case "framework.validation.empty" -> at(NODES + "!A2", 2, issue);
			default -> band(issue);
		};
	}

	private ImportError info(String label, ValidationIssue issue) {
		FrameworkXlsxLine line = this.info.get(label);
		return (line != null) ? at(line.cell(FrameworkXlsx.VALUE), line.number(), issue) : at(INFO + "!A1", 1, issue);
	}

	/** A band fault on the last row whose code or label is its first argument. */
	private ImportError band(ValidationIssue issue) {
		String column = switch (issue.messageKey()) {
			case "framework.validation.band-code-duplicate" -> FrameworkXlsx.CODE;
			case "framework.validation.band-label-missing" -> FrameworkXlsx.NAME;
			default -> FrameworkXlsx.LOWER;
		};
		Object subject = issue.arguments().isEmpty() ? null : issue.arguments().get(0);
		FrameworkXlsxLine found = null;
		for (FrameworkXlsxLine line : this.bands) {
			String code = line.text(FrameworkXlsx.CODE);
			String label = line.text(FrameworkXlsx.NAME);
			if (subject != null && (subject.equals(code) || subject.equals(label))) {
				found = line;
			}
		}
		return (found != null) ? at(found.cell(column), found.number(), issue) : at(BANDS + "!A2", 2, issue);
	}

	private static ImportError at(String cell, int row, ValidationIssue issue) {
		return new ImportError(row, cell, issue.messageKey(), issue.argumentArray());
	}

}
