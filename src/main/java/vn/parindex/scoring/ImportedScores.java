package vn.parindex.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The imported official points: writing an import whole (replacing the current one of the
 * period) and reading the current one back.
 */
@Component
class ImportedScores {

	private static final String IMPORT_COLUMNS = """
			select id, cycle_id, source, file_name, sha256, unit_count, row_count, imported_at, imported_by, replaced_at
			from scoring_results_import""";

	private static final String INSERT_SCORE = """
			insert into scoring_imported_score
			  (import_id, unit_id, peer_group_id, framework_id, node_code, points, not_applicable, note)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ImportedScores(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<ResultsImport> current(long cycleId) {
		return this.jdbc.sql(IMPORT_COLUMNS + " where cycle_id = :cycle and replaced_at is null")
			.param("cycle", cycleId)
			.query(ImportedScores::resultsImport)
			.optional();
	}

	List<ResultsImport> history(long cycleId) {
		return this.jdbc.sql(IMPORT_COLUMNS + " where cycle_id = :cycle order by id desc")
			.param("cycle", cycleId)
			.query(ImportedScores::resultsImport)
			.list();
	}

	/** The official points of the current import, per unit; empty without an import. */
	List<OfficialPoints> finals(long cycleId) {
		Map<Long, OfficialPoints> units = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.unit_id, s.peer_group_id, s.framework_id, s.node_code, s.points, s.not_applicable
				from scoring_imported_score s join scoring_results_import i on i.id = s.import_id
				where i.cycle_id = :cycle and i.replaced_at is null order by s.unit_id""")
			.param("cycle", cycleId)
			.query((rs) -> {
				long group = rs.getLong("peer_group_id");
				long framework = rs.getLong("framework_id");
				OfficialPoints unit = units.computeIfAbsent(rs.getLong("unit_id"),
						(id) -> new OfficialPoints(null, id, group, framework, new HashMap<>()));
				unit.leaves()
					.put(rs.getString("node_code"),
							new LeafFinal(rs.getBigDecimal("points"), rs.getBoolean("not_applicable")));
			});
		return new ArrayList<>(units.values());
	}

	/** The notes of one unit's imported leaves, by leaf code. */
	Map<String, String> notes(long cycleId, long unitId) {
		Map<String, String> notes = new HashMap<>();
		this.jdbc.sql("""
				select s.node_code, s.note from scoring_imported_score s
				join scoring_results_import i on i.id = s.import_id
				where i.cycle_id = :cycle and i.replaced_at is null and s.unit_id = :unit and s.note is not null""")
			.param("cycle", cycleId)
			.param("unit", unitId)
			.query((rs) -> {
				notes.put(rs.getString("node_code"), rs.getString("note"));
			});
		return notes;
	}

	/** Stamps the period's current import as replaced, then writes the new one whole. */
	long insert(ResultsImport header, List<ResultsImportCheck.Parsed> rows) {
		this.jdbc
			.sql("update scoring_results_import set replaced_at = :at where cycle_id = :cycle and replaced_at is null")
			.param("at", Timestamp.from(header.importedAt()))
			.param("cycle", header.cycleId())
			.update();
		long id = this.jdbc.sql("""
				insert into scoring_results_import
				  (cycle_id, source, file_name, sha256, unit_count, row_count, imported_at, imported_by)
				values (:cycle, :source, :file, :sha, :units, :rows, :at, :by) returning id""")
			.param("cycle", header.cycleId())
			.param("source", header.source())
			.param("file", header.fileName())
			.param("sha", header.sha256())
			.param("units", header.unitCount())
			.param("rows", header.rowCount())
			.param("at", Timestamp.from(header.importedAt()))
			.param("by", header.importedBy())
			.query(Long.class)
			.single();
		this.batch.batchUpdate(INSERT_SCORE, rows, 500, (statement, row) -> {
			statement.setLong(1, id);
			statement.setLong(2, row.unitId());
			statement.setLong(3, row.peerGroupId());
			statement.setLong(4, row.frameworkId());
			statement.setString(5, row.leafCode());
			statement.setBigDecimal(6, row.points());
			statement.setBoolean(7, row.notApplicable());
			statement.setString(8, row.note());
		});
		return id;
	}

	private static ResultsImport resultsImport(ResultSet rs, int row) throws SQLException {
		Timestamp replaced = rs.getTimestamp("replaced_at");
		return new ResultsImport(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("source"),
				rs.getString("file_name"), rs.getString("sha256"), rs.getInt("unit_count"), rs.getInt("row_count"),
				rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
				(replaced != null) ? replaced.toInstant() : null);
	}

}
