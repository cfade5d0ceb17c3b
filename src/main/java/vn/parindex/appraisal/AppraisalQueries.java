package vn.parindex.appraisal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of appraisals: the leaves' points, their history and the totals per
 * field.
 */
@Component
class AppraisalQueries {

	private static final String SCORE = """
			select node_code, self_points, self_na, round1_points, round1_comment, na_refused, flagged, round1_by,
			       round1_at, answer, answer_by, answer_at, round2_points, round2_comment, round2_by, round2_at, version
			from appraisal_score""";

	private final JdbcClient jdbc;

	AppraisalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ScoreRow> scores(long assessmentId) {
		return this.jdbc.sql(SCORE + " where assessment_id = :id order by id")
			.param("id", assessmentId)
			.query(ScoreRow.class)
			.list();
	}

	java.util.Optional<ScoreRow> score(long assessmentId, String code) {
		return this.jdbc.sql(SCORE + " where assessment_id = :id and node_code = :code")
			.param("id", assessmentId)
			.param("code", code)
			.query(ScoreRow.class)
			.optional();
	}

	List<HistoryRow> history(long assessmentId, String code) {
		return this.jdbc.sql("""
				select stage, points, comment, flagged, set_by, set_at from appraisal_score_version
				where assessment_id = :id and node_code = :code order by id""")
			.param("id", assessmentId)
			.param("code", code)
			.query(HistoryRow.class)
			.list();
	}

	/**
	 * Per unit and field of a period: the totals of self, round 1, round 2 and the points
	 * that count.
	 */
	List<FieldTotals> totals(long cycleId) {
		return this.jdbc.sql("""
				select a.assessment_id, a.unit_id, split_part(s.node_code, '.', 1) as area_code,
				       coalesce(sum(s.self_points), 0) as self_total,
				       sum(s.round1_points) filter (where s.round1_at is not null) as round1_total,
				       case when bool_or(s.round2_at is not null)
				            then sum(case when s.round2_at is not null then s.round2_points else s.round1_points end)
				       end as round2_total,
				       sum(case when s.round2_at is not null then s.round2_points else s.round1_points end)
				           filter (where s.round1_at is not null) as final_total,
				       count(*) filter (where s.round1_at is null) as unappraised
				from appraisal a join appraisal_score s on s.assessment_id = a.assessment_id
				where a.cycle_id = :cycle
				group by a.assessment_id, a.unit_id, split_part(s.node_code, '.', 1)
				order by a.assessment_id, area_code""").param("cycle", cycleId).query(FieldTotals.class).list();
	}

	/**
	 * Per assessment and field of a period: leaves, appraised in round 1, flagged,
	 * appraised in round 2, marks.
	 */
	List<Progress> progress(long cycleId) {
		return this.jdbc.sql("""
				select s.assessment_id, split_part(s.node_code, '.', 1) as area_code, count(*) as leaves,
				       count(s.round1_at) as round1, count(*) filter (where s.flagged) as flagged,
				       count(s.round2_at) as round2,
				       bool_or(exists (select 1 from appraisal_area m where m.assessment_id = s.assessment_id
				               and m.area_code = split_part(s.node_code, '.', 1) and m.round = 1)) as done1,
				       bool_or(exists (select 1 from appraisal_area m where m.assessment_id = s.assessment_id
				               and m.area_code = split_part(s.node_code, '.', 1) and m.round = 2)) as done2
				from appraisal_score s join appraisal a on a.assessment_id = s.assessment_id
				where a.cycle_id = :cycle
				group by s.assessment_id, split_part(s.node_code, '.', 1)""")
			.param("cycle", cycleId)
			.query(Progress.class)
			.list();
	}

	/** The counts behind a workload cell. */
	record Progress(long assessmentId, String areaCode, int leaves, int round1, int flagged, int round2, boolean done1,
			boolean done2) {
	}

}
