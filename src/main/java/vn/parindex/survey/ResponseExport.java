package vn.parindex.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The raw anonymised responses of a campaign as CSV (UTF-8 with a BOM, for Excel), one
 * row per response, read with a cursor and written as they come so that any number of
 * responses streams in constant memory. Rows are ordered by day and random id, which says
 * nothing of the order codes were used. Every response is there, whatever its status
 * (ACCEPTED, FLAGGED, REJECTED), with its suspicion flags joined by | like several
 * choices.
 */
@Component
class ResponseExport {

	private final JdbcTemplate cursor;

	ResponseExport(DataSource dataSource) {
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(1_000);
	}

	/** Must run inside a transaction, so that PostgreSQL reads with a cursor. */
	void write(long campaignId, Questionnaire questionnaire, OutputStream out) {
		List<String> questions = questionnaire.questions().stream().map(Questionnaire.Question::code).toList();
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			writer.write('\uFEFF');
			writer.write("response,day,channel,status,flags," + String.join(",", questions) + "\r\n");
			Line line = new Line(writer, questions);
			this.cursor.query("""
					select r.id, r.answered_on, r.channel, r.status, coalesce(r.flags, '') as flags, a.question_code,
					       coalesce(cast(a.level as varchar), a.option_code) as answer
					from survey_response r join survey_answer a on a.response_id = r.id
					where r.campaign_id = ? order by r.answered_on, r.id, a.question_code, answer""", (rs) -> {
				line.add(rs.getString("id"),
						String.join(",", rs.getString("answered_on"), rs.getString("channel"), rs.getString("status"),
								rs.getString("flags").replace(',', '|')),
						rs.getString("question_code"), rs.getString("answer"));
			}, campaignId);
			line.flush();
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The response being gathered: its answers per question, several choices joined by |.
	 */
	private static final class Line {

		private final Writer writer;

		private final List<String> questions;

		private final Map<String, String> answers = new LinkedHashMap<>();

		private String id = "";

		private String facts = "";

		Line(Writer writer, List<String> questions) {
			this.writer = writer;
			this.questions = questions;
		}

		void add(String response, String facts, String question, String answer) {
			if (!response.equals(this.id)) {
				flush();
				this.id = response;
				this.facts = facts;
			}
			this.answers.merge(question, answer, (a, b) -> a + "|" + b);
		}

		void flush() {
			if (this.id.isEmpty()) {
				return;
			}
			try {
				this.writer.write(this.id + "," + this.facts);
				for (String question : this.questions) {
					this.writer.write("," + this.answers.getOrDefault(question, ""));
				}
				this.writer.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.answers.clear();
			this.id = "";
		}

	}

}
