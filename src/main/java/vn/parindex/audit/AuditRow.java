package vn.parindex.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.parindex.audit.AuditChanges.FieldChange;

/**
 * An audit entry as the screen shows it: the entry and the fields that changed.
 */
record AuditRow(AuditEntry entry, List<FieldChange> changes) {

	private static final int SUMMARY_FIELDS = 4;

	/**
	 * The changed field names for the collapsed summary; a long list is cut so the table
	 * stays readable.
	 */
	public String summary() {
		List<String> names = this.changes.stream().map(FieldChange::name).filter(Objects::nonNull).toList();
		String shown = names.stream().limit(SUMMARY_FIELDS).collect(Collectors.joining(", "));
		return (names.size() > SUMMARY_FIELDS) ? shown + ", … (+" + (names.size() - SUMMARY_FIELDS) + ")" : shown;
	}

	/** The badge colour: refusals red, switching off amber, creating green. */
	public String tone() {
		return switch (this.entry.action()) {
			case "LOGIN_FAILURE", "LOGIN_THROTTLED" -> "err";
			case "DEACTIVATE", "RESET_PASSWORD" -> "warn";
			case "CREATE", "ACTIVATE" -> "ok";
			default -> "";
		};
	}

}
