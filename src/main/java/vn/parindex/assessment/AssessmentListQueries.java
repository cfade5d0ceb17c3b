package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.UnitRow;

/**
 * The lists of assessments: every unit of a period, or every period of a unit, with the
 * state and the progress of each. Periods and units come from their modules; only the
 * assessment tables are read here.
 */
@Component
class AssessmentListQueries {

	private final JdbcClient jdbc;

	private final CycleManagement cycles;

	private final WorkspaceBuilder workspaces;

	AssessmentListQueries(JdbcClient jdbc, CycleManagement cycles, WorkspaceBuilder workspaces) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.workspaces = workspaces;
	}

	List<Base> ofCycle(long cycleId) {
		Map<Long, Head> heads = heads("cycle_id = :key", cycleId, Head::unitId);
		return this.cycles.unitsOf(cycleId, Phase.SELF_ASSESSMENT)
			.stream()
			.map((period) -> new Base(period, this.workspaces.unit(period.unitId()), heads.get(period.unitId())))
			.sorted(java.util.Comparator.comparing((Base base) -> base.unit().code()))
			.toList();
	}

	List<Base> ofUnit(long unitId) {
		Map<Long, Head> heads = heads("unit_id = :key", unitId, Head::cycleId);
		UnitRow unit = this.workspaces.unit(unitId);
		return this.cycles.unitPeriods(unitId, Phase.SELF_ASSESSMENT)
			.stream()
			.map((period) -> new Base(period, unit, heads.get(period.cycleId())))
			.toList();
	}

	/** The leaf states of every assessment of the period, by assessment id. */
	Map<Long, Map<String, LeafState>> states(long cycleId) {
		Map<Long, Map<String, LeafState>> states = new HashMap<>();
		this.jdbc
			.sql("""
					select e.assessment_id, e.node_code, e.self_points, e.na_claimed, e.explanation is not null as explained,
					       (select count(*) from assessment_evidence v where v.entry_id = e.id) as evidence
					from assessment_entry e join assessment a on a.id = e.assessment_id
					where a.cycle_id = :cycle""")
			.param("cycle", cycleId)
			.query((ResultSet rs) -> {
				states.computeIfAbsent(rs.getLong("assessment_id"), (id) -> new HashMap<>())
					.put(rs.getString("node_code"), new LeafState(rs.getBigDecimal("self_points"),
							rs.getBoolean("na_claimed"), rs.getInt("evidence"), rs.getBoolean("explained")));
			});
		return states;
	}

	private Map<Long, Head> heads(String where, long key, Function<Head, Long> by) {
		return this.jdbc.sql("select id, cycle_id, unit_id, status, submitted_at from assessment where " + where)
			.param("key", key)
			.query(AssessmentListQueries::head)
			.list()
			.stream()
			.collect(Collectors.toMap(by, Function.identity()));
	}

	private static Head head(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Head(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("unit_id"),
				AssessmentStatus.valueOf(rs.getString("status")), (submitted != null) ? submitted.toInstant() : null);
	}

	/** An assessment's identity and state. */
	record Head(long id, long cycleId, long unitId, AssessmentStatus status, @Nullable Instant submittedAt) {
	}

	/**
	 * A unit in a period, with its assessment if opened, before its progress is added.
	 */
	record Base(UnitPeriod period, UnitRow unit, @Nullable Head head) {

		@Nullable Long assessmentId() {
			return (this.head != null) ? this.head.id() : null;
		}

		@Nullable AssessmentStatus status() {
			return (this.head != null) ? this.head.status() : null;
		}

		AssessmentRow with(Tally progress) {
			return new AssessmentRow(assessmentId(), this.period.cycleId(), this.period.cycleName(), this.period.year(),
					this.period.status(), this.unit.id(), this.unit.code(), this.unit.name(), status(), progress,
					this.period.deadline(), (this.head != null) ? this.head.submittedAt() : null);
		}

	}

}
