package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.framework.rule.RuleInput;

/**
 * The read side of assessments: entries, evidence, files and submissions, straight from
 * the tables.
 */
@Component
class AssessmentQueries {

	private final JdbcClient jdbc;

	AssessmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EntryRow> entries(long assessmentId) {
		return this.jdbc.sql("""
				select node_code, met, numerator, denominator, value_input, count_input, points_input, events,
				       self_points, explanation, na_claimed, na_reason, version, updated_at, updated_by
				from assessment_entry where assessment_id = :id order by id""")
			.param("id", assessmentId)
			.query(AssessmentQueries::entry)
			.list();
	}

	List<EvidenceRow> evidence(long assessmentId) {
		return this.jdbc
			.sql("""
					select v.id, e.node_code, v.doc_number, v.issued_on, v.issuer, v.note, v.attached_by, v.attached_at, v.stage,
					       f.id as file_id, f.display_name, f.media_type, f.size_bytes, f.sha256, f.uploaded_by,
					       f.uploaded_at, 0 as uses
					from assessment_evidence v
					join assessment_entry e on e.id = v.entry_id
					join assessment_file f on f.id = v.file_id
					where e.assessment_id = :id order by v.id""")
			.param("id", assessmentId)
			.query((rs, n) -> {
				EvidenceDetails details = new EvidenceDetails(rs.getString("doc_number"),
						rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("issuer"),
						rs.getString("note"));
				return new EvidenceRow(rs.getLong("id"), rs.getString("node_code"), file(rs), details,
						rs.getString("attached_by"), rs.getTimestamp("attached_at").toInstant(),
						"EXPLANATION".equals(rs.getString("stage")));
			})
			.list();
	}

	List<FileRow> files(long assessmentId) {
		return this.jdbc.sql("""
				select f.id as file_id, f.display_name, f.media_type, f.size_bytes, f.sha256, f.uploaded_by,
				       f.uploaded_at, (select count(*) from assessment_evidence v where v.file_id = f.id) as uses
				from assessment_file f where f.assessment_id = :id order by f.display_name, f.id""")
			.param("id", assessmentId)
			.query((rs, n) -> file(rs))
			.list();
	}

	/** What counts for progress, per leaf code. */
	Map<String, LeafState> states(long assessmentId) {
		Map<String, LeafState> states = new HashMap<>();
		this.jdbc.sql("""
				select e.node_code, e.self_points, e.na_claimed, e.explanation is not null as explained,
				       count(v.id) as evidence
				from assessment_entry e left join assessment_evidence v on v.entry_id = e.id
				where e.assessment_id = :id
				group by e.id""").param("id", assessmentId).query((ResultSet rs) -> {
			states.put(rs.getString("node_code"), new LeafState(rs.getBigDecimal("self_points"),
					rs.getBoolean("na_claimed"), rs.getInt("evidence"), rs.getBoolean("explained")));
		});
		return states;
	}

	List<SubmissionRow> submissions(long assessmentId) {
		return this.jdbc.sql("""
				select seq, submitted_at, submitted_by, self_total, applicable_max, withdrawn_at, withdrawn_by,
				       withdraw_reason
				from assessment_submission where assessment_id = :id order by seq desc""")
			.param("id", assessmentId)
			.query((rs, n) -> new SubmissionRow(rs.getInt("seq"), rs.getTimestamp("submitted_at").toInstant(),
					rs.getString("submitted_by"), rs.getBigDecimal("self_total"), rs.getBigDecimal("applicable_max"),
					instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"), rs.getString("withdraw_reason")))
			.list();
	}

	/** The snapshot JSON of one submission, as stored. */
	java.util.Optional<String> snapshot(long assessmentId, int seq) {
		return this.jdbc
			.sql("select snapshot::text from assessment_submission where assessment_id = :id and seq = :seq")
			.param("id", assessmentId)
			.param("seq", seq)
			.query(String.class)
			.optional();
	}

	private static EntryRow entry(ResultSet rs, int n) throws SQLException {
		RuleInput rule = new RuleInput((Boolean) rs.getObject("met"), rs.getBigDecimal("numerator"),
				rs.getBigDecimal("denominator"), rs.getBigDecimal("value_input"), (Integer) rs.getObject("count_input"),
				rs.getBigDecimal("points_input"), EntryInput.parseEvents(rs.getString("events")), null);
		EntryInput input = new EntryInput(rule, rs.getString("explanation"), rs.getBoolean("na_claimed"),
				rs.getString("na_reason"));
		return new EntryRow(rs.getString("node_code"), input, rs.getBigDecimal("self_points"), rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static FileRow file(ResultSet rs) throws SQLException {
		return new FileRow(rs.getLong("file_id"), rs.getString("display_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("uses"));
	}

	private static java.time.@org.jspecify.annotations.Nullable Instant instant(ResultSet rs, String column)
			throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
