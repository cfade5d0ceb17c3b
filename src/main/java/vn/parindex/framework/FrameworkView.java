package vn.parindex.framework;

import java.util.List;

/**
 * A framework with its whole tree and what validation found.
 *
 * @param row the list row
 * @param version the optimistic-lock version a form must send back
 * @param definition the tree, settings and bands
 * @param issues the validation faults; empty when the framework is usable
 */
public record FrameworkView(FrameworkRow row, long version, FrameworkDefinition definition,
		List<ValidationIssue> issues) {

	public FrameworkView {
		issues = List.copyOf(issues);
	}

	public boolean editable() {
		return this.row.status() == FrameworkStatus.DRAFT;
	}

	public boolean valid() {
		return this.issues.isEmpty();
	}

	/** The faults of one node, or of the settings for an empty code. */
	public List<ValidationIssue> issuesOf(String code) {
		return this.issues.stream().filter((issue) -> issue.nodeCode().equals(code)).toList();
	}

}
