package vn.parindex.remediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of remediation plans: the plans of a unit or period with their progress, a
 * plan's lines and their evidence files. Names of units, periods and sub-units are added
 * by the facade from their modules.
 */
@Component
class PlanQueries {

	private static final String PLANS = """
			select p.id, p.cycle_id, p.unit_id, p.status, p.submitted_at, p.return_note,
			       count(i.id) as items,
			       count(i.id) filter (where i.status = 'DONE') as done,
			       count(i.id) filter (where i.status <> 'DONE' and i.due_date < :today) as overdue
			from remediation_plan p left join remediation_item i on i.plan_id = p.id
			where (cast(:unitId as bigint) is null or p.unit_id = :unitId)
			  and (cast(:cycleId as bigint) is null or p.cycle_id = :cycleId)
			group by p.id order by p.cycle_id desc, p.unit_id
			""";

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plans of the unit and period, either left open (null), newest period first. */
	List<Listed> plans(@Nullable Long unitId, @Nullable Long cycleId, LocalDate today) {
		return this.jdbc.sql(PLANS)
			.param("unitId", unitId)
			.param("cycleId", cycleId)
			.param("today", today)
			.query((rs, row) -> new Listed(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("unit_id"),
					PlanStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"),
					rs.getString("return_note") != null, rs.getInt("items"), rs.getInt("done"), rs.getInt("overdue")))
			.list();
	}

	/** The periods that have plans, newest first. */
	List<Long> cycles() {
		return this.jdbc.sql("select distinct cycle_id from remediation_plan order by cycle_id desc")
			.query(Long.class)
			.list();
	}

	Optional<Stored> plan(long id) {
		return this.jdbc.sql("""
				select id, cycle_id, unit_id, publication_id, status, created_at, submitted_at, submitted_by,
				       returned_at, returned_by, return_note, version
				from remediation_plan where id = ?""")
			.param(id)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("unit_id"),
					rs.getLong("publication_id"), PlanStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("created_at").toInstant(), instant(rs, "submitted_at"),
					rs.getString("submitted_by"), instant(rs, "returned_at"), rs.getString("returned_by"),
					rs.getString("return_note"), rs.getLong("version")))
			.optional();
	}

	/** The plan's lines in order; sub-unit names are left null. */
	List<ItemRow> items(long planId, LocalDate today) {
		List<EvidenceFileRow> files = files(planId);
		return this.jdbc.sql("""
				select id, position, leaf_code, leaf_name, max_points, points_lost, appraiser_comment, cause, action,
				       sub_unit_id, officer, due_date, status, completed_on, evidence_note, version
				from remediation_item where plan_id = ? order by position""")
			.param(planId)
			.query((rs, row) -> item(rs, today, files))
			.list();
	}

	private List<EvidenceFileRow> files(long planId) {
		return this.jdbc.sql("""
				select e.id, e.item_id, e.file_name, e.content_type, e.size_bytes, e.uploaded_by, e.uploaded_at
				from remediation_evidence e join remediation_item i on i.id = e.item_id
				where i.plan_id = ? order by e.id""")
			.param(planId)
			.query((rs, row) -> new EvidenceFileRow(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	private static ItemRow item(ResultSet rs, LocalDate today, List<EvidenceFileRow> files) throws SQLException {
		long id = rs.getLong("id");
		ItemStatus stored = ItemStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		Long subUnitId = rs.getObject("sub_unit_id", Long.class);
		return new ItemRow(id, rs.getInt("position"), rs.getString("leaf_code"), rs.getString("leaf_name"),
				rs.getBigDecimal("max_points"), rs.getBigDecimal("points_lost"), rs.getString("appraiser_comment"),
				rs.getString("cause"), rs.getString("action"), subUnitId, null, rs.getString("officer"), due, stored,
				ItemStatus.shown(stored, due, today), rs.getObject("completed_on", LocalDate.class),
				rs.getString("evidence_note"), rs.getLong("version"),
				files.stream().filter((file) -> file.itemId() == id).toList());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A plan's list row before names are added. */
	record Listed(long id, long cycleId, long unitId, PlanStatus status, @Nullable Instant submittedAt,
			boolean returned, int items, int done, int overdue) {
	}

	/** A plan's stored header before names are added. */
	record Stored(long id, long cycleId, long unitId, long publicationId, PlanStatus status, Instant createdAt,
			@Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant returnedAt,
			@Nullable String returnedBy, @Nullable String returnNote, long version) {
	}

}
