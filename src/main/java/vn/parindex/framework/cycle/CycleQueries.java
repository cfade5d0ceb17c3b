package vn.parindex.framework.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
					join framework_cycle_unit u on u.cycle_id = c.id and (cast(:unit as bigint) is null or u.unit_id = :unit)
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

	/** The ids of the open periods, oldest first. */
	List<Long> openCycleIds() {
		return this.jdbc.sql("select id from framework_cycle where status = 'OPEN' order by id")
			.query(Long.class)
			.list();
	}

	/**
	 * The unit's framework and window in the phase for every period that evaluates it,
	 * newest first; drafts are left out since they have no snapshot.
	 */
	List<UnitPeriod> unitPeriods(@Nullable Long unitId, @Nullable Long cycleId, Phase phase) {
		return this.jdbc
			.sql("""
					select c.id, c.year, c.name, c.status, u.unit_id, u.peer_group_id, f.framework_id,
					       p.starts_at, greatest(p.ends_at, coalesce(e.ends_at, p.ends_at)) as deadline,
					       e.ends_at is not null and e.ends_at > p.ends_at as extended
					from framework_cycle c
					join framework_cycle_unit u on u.cycle_id = c.id and (cast(:unit as bigint) is null or u.unit_id = :unit)
					join framework_cycle_framework f on f.cycle_id = c.id and f.peer_group_id = u.peer_group_id
					left join framework_cycle_phase p on p.cycle_id = c.id and p.phase = :phase
					left join framework_cycle_extension e on e.cycle_id = c.id and e.unit_id = u.unit_id and e.phase = :phase
					where c.status <> 'DRAFT' and (cast(:cycle as bigint) is null or c.id = :cycle)
					order by c.year desc, c.id desc, u.unit_id""")
			.param("unit", unitId)
			.param("cycle", cycleId)
			.param("phase", phase.name())
			.query((rs, n) -> unitPeriod(rs, phase))
			.list();
	}

	private static UnitPeriod unitPeriod(ResultSet rs, Phase phase) throws SQLException {
		Timestamp starts = rs.getTimestamp("starts_at");
		Timestamp deadline = rs.getTimestamp("deadline");
		return new UnitPeriod(rs.getLong("id"), rs.getInt("year"), rs.getString("name"),
				CycleStatus.valueOf(rs.getString("status")), rs.getLong("unit_id"), rs.getLong("peer_group_id"),
				rs.getLong("framework_id"), phase, (starts != null) ? starts.toInstant() : null,
				(deadline != null) ? deadline.toInstant() : null, rs.getBoolean("extended"));
	}

	private static Deadline deadline(ResultSet rs, int rowNum) throws SQLException {
		return new Deadline(rs.getLong("id"), rs.getInt("year"), rs.getString("name"),
				Phase.valueOf(rs.getString("phase")), rs.getTimestamp("ends_at").toInstant());
	}

}
