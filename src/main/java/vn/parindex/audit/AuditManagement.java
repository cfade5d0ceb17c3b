package vn.parindex.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Formats;
import vn.parindex.shared.Role;

/**
 * Reading and exporting the audit log; ADMIN only.
 */
@Service
@Transactional(readOnly = true)
public class AuditManagement {

	private final AuditQueries queries;

	private final CurrentActor actor;

	private final OrganisationManagement organisation;

	AuditManagement(AuditQueries queries, CurrentActor actor, OrganisationManagement organisation) {
		this.organisation = organisation;
		this.queries = queries;
		this.actor = actor;
	}

	/**
	 * A page of matching entries, newest first; a page past the end gives the last one,
	 * so an old link still shows rows.
	 */
	public AuditPage page(AuditFilter filter, int page, int size) {
		this.actor.requireRole(Role.ADMIN);
		int safeSize = Math.max(1, Math.min(size, 200));
		long total = this.queries.count(filter);
		int lastPage = (int) Math.max(0, (total - 1) / safeSize);
		int safePage = Math.min(Math.max(0, page), lastPage);
		Map<Long, String> codes = unitCodes();
		List<AuditEntry> entries = this.queries.page(filter, safePage, safeSize)
			.stream()
			.map((entry) -> entry.withUnitCode(codes))
			.toList();
		return new AuditPage(entries, safePage, safeSize, total);
	}

	/** The kinds of subject the log holds, for the filter's choices. */
	public List<String> subjectTypes() {
		this.actor.requireRole(Role.ADMIN);
		return this.queries.subjectTypes();
	}

	/**
	 * Writes every matching row as CSV (RFC 4180, UTF-8 with BOM so Excel reads
	 * Vietnamese).
	 */
	public void exportCsv(AuditFilter filter, Supplier<Writer> target) {
		this.actor.requireRole(Role.ADMIN);
		// Opened only after the check, so a refused caller gets no download headers.
		Writer out = target.get();
		try {
			out.write('\uFEFF');
			out.write("id,occurred_at_utc,occurred_at_local,actor,actor_unit,action,subject_type,subject_id,"
					+ "old_value,new_value,request_id,client_ip\r\n");
			Map<Long, String> codes = unitCodes();
			this.queries.each(filter, (entry) -> write(out, entry.withUnitCode(codes)));
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Writer out, AuditEntry entry) {
		try {
			out.write(String.join(",", Long.toString(entry.id()), entry.occurredAt().toString(),
					csv(Formats.dateTime(entry.occurredAt())), csv(entry.actor()), csv(entry.actorUnitCode()),
					csv(entry.action()), csv(entry.subjectType()), csv(entry.subjectId()), csv(entry.oldValue()),
					csv(entry.newValue()), csv(entry.requestId()), csv(entry.clientIp())));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Quotes a field; a leading formula character is neutralised so Excel does not run
	 * it.
	 */
	static String csv(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	// Unit codes come from the organisation module, not from a join on its table.
	private Map<Long, String> unitCodes() {
		return this.organisation.find(UnitFilter.all()).stream().collect(Collectors.toMap(UnitRow::id, UnitRow::code));
	}

	/** A page of the log with the total count for the pager. */
	public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

		public int pages() {
			return (int) ((this.total + this.size - 1) / this.size);
		}

	}

}
