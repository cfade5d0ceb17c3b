package vn.parindex.remediation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of the follow-up dashboard: per plan the counts of its items by the
 * status shown on a day, and the items overdue on that day.
 */
@Component
class FollowupQueries {

	private final JdbcClient jdbc;

	FollowupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The periods with at least one plan. */
	List<Long> cyclesWithPlans() {
		return this.jdbc.sql("select distinct cycle_id from remediation_plan").query(Long.class).list();
	}

	List<PlanFigures> plans(long cycleId, LocalDate today) {
		return this.jdbc.sql("""
				select p.id, p.unit_id, p.status, p.submitted_at, count(i.id) as total,
				       count(i.id) filter (where i.status = 'DONE') as done,
				       count(i.id) filter (where i.status = 'IN_PROGRESS'
				                           and (i.due_date is null or i.due_date >= :today)) as in_progress,
				       count(i.id) filter (where i.status <> 'DONE' and i.due_date < :today) as overdue
				from remediation_plan p left join remediation_item i on i.plan_id = p.id
				where p.cycle_id = :cycle
				group by p.id""")
			.param("cycle", cycleId)
			.param("today", Date.valueOf(today))
			.query(FollowupQueries::figures)
			.list();
	}

	List<OverdueItem> overdue(long cycleId, LocalDate today) {
		return this.jdbc.sql("""
				select i.id, i.plan_id, p.unit_id, i.leaf_code, i.leaf_name, i.due_date, i.officer, i.sub_unit_id
				from remediation_item i join remediation_plan p on p.id = i.plan_id
				where p.cycle_id = :cycle and i.status <> 'DONE' and i.due_date < :today
				order by i.due_date, p.unit_id, i.position""")
			.param("cycle", cycleId)
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new OverdueItem(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("unit_id"),
					rs.getString("leaf_code"), rs.getString("leaf_name"), rs.getDate("due_date").toLocalDate(),
					rs.getString("officer"), (Long) rs.getObject("sub_unit_id", Long.class)))
			.list();
	}

	private static PlanFigures figures(ResultSet rs, int row) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new PlanFigures(rs.getLong("id"), rs.getLong("unit_id"), PlanStatus.valueOf(rs.getString("status")),
				(submitted != null) ? submitted.toInstant() : null, rs.getInt("total"), rs.getInt("done"),
				rs.getInt("in_progress"), rs.getInt("overdue"));
	}

	/** A plan's counts, before the unit is named. */
	record PlanFigures(long planId, long unitId, PlanStatus status, @Nullable Instant submittedAt, int total, int done,
			int inProgress, int overdue) {
	}

	/** An overdue item, before its unit and sub-unit are named. */
	record OverdueItem(long itemId, long planId, long unitId, @Nullable String leafCode, String leafName,
			LocalDate dueDate, @Nullable String officer, @Nullable Long subUnitId) {
	}

}
