package vn.parindex.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.shared.Formats;

/**
 * Reads the audit log with filters, newest first.
 */
@Component
class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AuditEntry> page(AuditFilter filter, int page, int size) {
		Where where = where(filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		return this.jdbc.sql(select(where) + " order by e.occurred_at desc, e.id desc limit ? offset ?")
			.params(params)
			.query(AuditQueries::entry)
			.list();
	}

	long count(AuditFilter filter) {
		Where where = where(filter);
		return this.jdbc.sql("select count(*) from audit_event e where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/**
	 * Streams every matching row, so an export of the whole log does not sit in memory.
	 */
	void each(AuditFilter filter, Consumer<AuditEntry> consumer) {
		Where where = where(filter);
		this.jdbc.sql(select(where) + " order by e.occurred_at desc, e.id desc")
			.params(where.params())
			.withFetchSize(500)
			.query(AuditQueries::entry)
			.stream()
			.forEach(consumer);
	}

	List<String> subjectTypes() {
		return this.jdbc.sql("select distinct subject_type from audit_event order by 1").query(String.class).list();
	}

	private static String select(Where where) {
		return "select e.* from audit_event e where " + where.sql();
	}

	private static Where where(AuditFilter filter) {
		StringBuilder sql = new StringBuilder("1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and e.actor ilike ?");
			params.add("%" + filter.actor().trim() + "%");
		}
		if (filter.unitId() != null) {
			sql.append(" and e.actor_unit_id = ?");
			params.add(filter.unitId());
		}
		if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
			sql.append(" and e.subject_type = ?");
			params.add(filter.subjectType());
		}
		if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
			sql.append(" and e.subject_id = ?");
			params.add(filter.subjectId().trim());
		}
		if (filter.from() != null) {
			sql.append(" and e.occurred_at >= ?");
			params.add(filter.from().atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and e.occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		return new Where(sql.toString(), params);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getObject("actor_unit_id", Long.class), null, rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("old_value"),
				rs.getString("new_value"), rs.getString("request_id"), rs.getString("client_ip"));
	}

	private record Where(String sql, List<Object> params) {
	}

}
