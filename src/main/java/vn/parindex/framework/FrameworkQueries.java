package vn.parindex.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of frameworks: the list, newest year first.
 */
@Component
class FrameworkQueries {

	private static final String SELECT = """
			select f.id, f.year, f.unit_types, f.version_no, f.name_vi, f.status, f.locked_reason, f.cloned_from_id,
			       f.created_at,
			       (select count(*) from framework_node n where n.framework_id = f.id and n.rule_type is not null) as leaves
			from framework f
			""";

	private final JdbcClient jdbc;

	FrameworkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FrameworkRow> list(@org.jspecify.annotations.Nullable Integer year) {
		String where = (year != null) ? " where f.year = :year" : "";
		var statement = this.jdbc.sql(SELECT + where + " order by f.year desc, f.unit_types, f.version_no desc");
		if (year != null) {
			statement = statement.param("year", year);
		}
		return statement.query(FrameworkQueries::row).list();
	}

	Optional<FrameworkRow> find(long id) {
		return this.jdbc.sql(SELECT + " where f.id = ?").param(id).query(FrameworkQueries::row).optional();
	}

	private static FrameworkRow row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		Long cloned = rs.getObject("cloned_from_id", Long.class);
		return new FrameworkRow(rs.getLong("id"), rs.getInt("year"), rs.getString("unit_types"),
				rs.getInt("version_no"), rs.getString("name_vi"), FrameworkStatus.valueOf(rs.getString("status")),
				rs.getString("locked_reason"), rs.getInt("leaves"), cloned, rs.getTimestamp("created_at").toInstant());
	}

}
