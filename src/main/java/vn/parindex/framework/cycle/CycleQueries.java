package vn.parindex.framework.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of periods that runs on every page: the next deadline.
 */
@Component
class CycleQueries {

	private final JdbcClient jdbc;

	CycleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The earliest phase end after {@code now} among open periods. */
	Optional<Deadline> nextDeadline(Instant now) {
		return this.jdbc.sql("""
				select c.id, c.year, c.name, p.phase, p.ends_at
				from framework_cycle c
				join framework_cycle_phase p on p.cycle_id = c.id
				where c.status = 'OPEN' and p.ends_at > :now
				order by p.ends_at, c.id
				limit 1""").param("now", Timestamp.from(now)).query(CycleQueries::deadline).optional();
	}

	/**
	 * The earliest deadline after {@code now} of a unit, extensions included, among open
	 * periods that evaluate it.
	 */
	Optional<Deadline> nextDeadline(long unitId, Instant now) {
		return this.jdbc
			.sql("""
					select c.id, c.year, c.name, p.phase, greatest(p.ends_at, coalesce(e.ends_at, p.ends_at)) as ends_at
					from framework_cycle c
					join framework_cycle_unit u on u.cycle_id = c.id and u.unit_id = :unit
					join framework_cycle_phase p on p.cycle_id = c.id
					left join framework_cycle_extension e on e.cycle_id = c.id and e.unit_id = u.unit_id and e.phase = p.phase
					where c.status = 'OPEN' and greatest(p.ends_at, coalesce(e.ends_at, p.ends_at)) > :now
					order by 5, c.id
					limit 1""")
			.param("unit", unitId)
			.param("now", Timestamp.from(now))
			.query(CycleQueries::deadline)
			.optional();
	}

	private static Deadline deadline(ResultSet rs, int rowNum) throws SQLException {
		return new Deadline(rs.getLong("id"), rs.getInt("year"), rs.getString("name"),
				Phase.valueOf(rs.getString("phase")), rs.getTimestamp("ends_at").toInstant());
	}

}
