package vn.parindex.audit;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

import vn.parindex.shared.Formats;

/**
 * Links of the audit screen that keep the current filters: the pager and the CSV
 * download.
 */
record AuditLinks(String query) {

	static AuditLinks of(AuditFilter filter) {
		StringJoiner query = new StringJoiner("&");
		add(query, "actor", filter.actor());
		add(query, "unitId", (filter.unitId() != null) ? filter.unitId().toString() : null);
		add(query, "subjectType", filter.subjectType());
		add(query, "subjectId", filter.subjectId());
		add(query, "from", (filter.from() != null) ? Formats.date(filter.from()) : null);
		add(query, "to", (filter.to() != null) ? Formats.date(filter.to()) : null);
		return new AuditLinks(query.toString());
	}

	/** The screen at a 1-based page number. */
	public String page(int number) {
		return "/admin/audit?" + (this.query.isEmpty() ? "" : this.query + "&") + "page=" + number;
	}

	public String csv() {
		return "/admin/audit.csv" + (this.query.isEmpty() ? "" : "?" + this.query);
	}

	// Every value is encoded strictly, so "&", "=" or "+" typed in a filter stay inside
	// it.
	private static void add(StringJoiner query, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + UriUtils.encode(value.trim(), StandardCharsets.UTF_8));
		}
	}

}
