package vn.parindex.survey;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import vn.parindex.shared.Formats;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * Responses in bulk from paper forms and the 1022 call centre: a UTF-8 CSV with one
 * answer per row, streamed with PostgreSQL's {@code COPY} into a temporary table, checked
 * whole with set-based SQL, then moved into the responses, their answers and the running
 * counts ({@link BulkImportSql}). A file with any bad row applies nothing and lists every
 * bad cell, the first {@value #LISTED} of them. Runs in the caller's transaction.
 */
@Component
class BulkResponseImport {

	static final int LISTED = 1_000;

	private static final Pattern COPY_LINE = Pattern.compile("COPY survey_import_row, line (\\d+)");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final SurveyStore store;

	BulkResponseImport(DataSource dataSource, JdbcClient jdbc, JdbcTemplate batch, SurveyStore store) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.batch = batch;
		this.store = store;
	}

	/** Stores every response of the file, or none. */
	BulkImportSummary load(InputStream csv) {
		BulkCsvHeader header = BulkCsvHeader.read(csv);
		this.jdbc.sql("set local work_mem = '128MB'").update();
		this.jdbc.sql(BulkImportSql.ROWS).update();
		long rows = copy(header, csv);
		if (rows == 0) {
			throw new ImportRejectedException(List.of(new ImportError(2, "A2", "survey.bulk.empty")));
		}
		// Temporary tables have no statistics until analysed; without them the joins
		// below are planned as sorts of a million rows.
		this.jdbc.sql("analyze survey_import_row").update();
		match();
		BulkImportErrors errors = new BulkImportErrors(this.jdbc, header);
		errors.check();
		long responses = this.jdbc.sql(BulkImportSql.INSERT_RESPONSES).update();
		long answers = insertAnswers(errors);
		this.jdbc.sql(BulkImportSql.COUNT_LEVELS).update();
		this.jdbc.sql(BulkImportSql.COUNT_OPTIONS).update();
		return this.jdbc.sql(BulkImportSql.SUMMARY)
			.query((rs, row) -> new BulkImportSummary(responses, answers, rs.getLong("campaigns"), rs.getLong("paper"),
					rs.getLong("phone")))
			.single();
	}

	private long copy(BulkCsvHeader header, InputStream csv) {
		String sql = "copy survey_import_row (" + String.join(", ", header.columns())
				+ ") from stdin with (format csv, delimiter '" + header.delimiter() + "', encoding 'UTF8')";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return PgCopy.copyIn(connection, sql, csv);
		}
		catch (SQLException ex) {
			throw malformed(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Inserts the answers. A response answering a scale question twice or choosing an
	 * option twice breaks the answers' unique index, which is cheaper than looking for it
	 * in a million rows beforehand: the insert is then undone to a savepoint and the
	 * duplicates listed.
	 */
	private long insertAnswers(BulkImportErrors errors) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				long answers = this.jdbc.sql(BulkImportSql.INSERT_ANSWERS).update();
				connection.releaseSavepoint(savepoint);
				return answers;
			}
			catch (DuplicateKeyException ex) {
				connection.rollback(savepoint);
				throw errors.duplicates();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Savepoint of a bulk response import failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * A row PostgreSQL could not read (wrong number of columns, an unclosed quote, bytes
	 * that are not UTF-8): the file is refused at that line.
	 */
	private static RuntimeException malformed(SQLException ex) {
		Matcher line = COPY_LINE.matcher(String.valueOf(ex.getMessage()));
		String state = String.valueOf(ex.getSQLState());
		if (!line.find() || !state.startsWith("22")) {
			return new IllegalStateException("COPY of a bulk response file failed", ex);
		}
		long number = Long.parseLong(line.group(1)) + 1;
		String key = state.equals("22021") ? "survey.bulk.encoding" : "survey.bulk.malformed";
		return new ImportRejectedException(List.of(new ImportError((int) number, "A" + number, key)));
	}

	/** Matches every row to its campaign, day, question and answer. */
	private void match() {
		String zone = "'" + Formats.ZONE.getId() + "'";
		this.jdbc.sql(BulkImportSql.KEYS).update();
		this.jdbc.sql(BulkImportSql.CAMPAIGNS.replace(":zone", zone)).update();
		this.jdbc.sql(BulkImportSql.DAYS).update();
		this.jdbc.sql(BulkImportSql.QUESTIONS).update();
		this.jdbc.sql(BulkImportSql.CHOICES).update();
		List<QuestionRow> questions = new ArrayList<>();
		this.jdbc.sql("select campaign_id, questionnaire_id from survey_import_campaign").query((rs) -> {
			long campaign = rs.getLong("campaign_id");
			this.store.questionnaire(rs.getLong("questionnaire_id"))
				.questions()
				.forEach((question) -> questions.add(new QuestionRow(campaign, question)));
		});
		this.batch.batchUpdate("insert into survey_import_question values (?, ?, ?)", questions, 1000,
				(statement, row) -> {
					statement.setLong(1, row.campaignId());
					statement.setString(2, row.question().code());
					statement.setBoolean(3, row.question().type() != QuestionType.CHOICES);
				});
		List<Object[]> choices = new ArrayList<>();
		questions.forEach((row) -> row.choices(choices));
		this.batch.batchUpdate("insert into survey_import_choice values (?, ?, ?, ?, ?)", choices,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR });
		this.jdbc.sql("analyze survey_import_campaign, survey_import_day, survey_import_question, survey_import_choice")
			.update();
		this.jdbc.sql(BulkImportSql.ANSWERS).update();
		this.jdbc.sql("analyze survey_import_answer").update();
	}

	/**
	 * A question of a campaign named in the file.
	 *
	 * @param campaignId the campaign
	 * @param question the question
	 */
	private record QuestionRow(long campaignId, Questionnaire.Question question) {

		/** The answers it takes: the levels 1–5, or its option codes. */
		void choices(List<Object[]> into) {
			String code = this.question.code();
			if (this.question.type() == QuestionType.SCALE) {
				for (int level = 1; level <= Tally.LEVELS; level++) {
					into.add(new Object[] { this.campaignId, code, Integer.toString(level), level, null });
				}
				return;
			}
			this.question.options()
				.forEach((option) -> into
					.add(new Object[] { this.campaignId, code, option.code(), null, option.code() }));
		}

	}

}
