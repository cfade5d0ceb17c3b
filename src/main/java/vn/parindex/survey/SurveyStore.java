package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey tables. Questionnaire versions never change once stored, so their parsed
 * definitions are kept in memory.
 */
@Component
class SurveyStore {

	private static final String CAMPAIGN = """
			select id, questionnaire_id, cycle_id, unit_id, opens_at, closes_at, population, public_token
			from survey_campaign""";

	/** The slots of each running count (V17). */
	static final int SLOTS = 16;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Cache<Long, Questionnaire> questionnaires = Caffeine.newBuilder().maximumSize(64).build();

	SurveyStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	boolean questionnaireExists(String code, int version) {
		return this.jdbc.sql("select count(*) from survey_questionnaire where code = :code and version = :version")
			.param("code", code)
			.param("version", version)
			.query(Long.class)
			.single() > 0;
	}

	boolean campaignExists(CampaignForm form) {
		return this.jdbc
			.sql("select count(*) from survey_campaign where questionnaire_id = :questionnaire and cycle_id = :cycle "
					+ "and unit_id = :unit")
			.param("questionnaire", form.questionnaireId())
			.param("cycle", form.cycleId())
			.param("unit", form.unitId())
			.query(Long.class)
			.single() > 0;
	}

	long insertQuestionnaire(Questionnaire questionnaire, String by, Instant at) {
		return this.jdbc.sql("""
				insert into survey_questionnaire (code, version, name_vi, formula, definition, created_at, created_by)
				values (:code, :version, :name, :formula, :definition, :at, :by) returning id""")
			.param("code", questionnaire.code())
			.param("version", questionnaire.version())
			.param("name", questionnaire.nameVi())
			.param("formula", questionnaire.formula().name())
			.param("definition", QuestionnaireYaml.write(questionnaire))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Questionnaire questionnaire(long id) {
		return this.questionnaires.get(id,
				(key) -> QuestionnaireYaml.read(new ByteArrayInputStream(
						this.jdbc.sql("select definition from survey_questionnaire where id = :id")
							.param("id", key)
							.query(String.class)
							.single()
							.getBytes(StandardCharsets.UTF_8))));
	}

	long insertCampaign(CampaignForm form, String token, String by, Instant at) {
		return this.jdbc.sql("""
				insert into survey_campaign (questionnaire_id, cycle_id, unit_id, opens_at, closes_at, population,
				                             public_token, created_at, created_by)
				values (:questionnaire, :cycle, :unit, :opens, :closes, :population, :token, :at, :by) returning id""")
			.param("questionnaire", form.questionnaireId())
			.param("cycle", form.cycleId())
			.param("unit", form.unitId())
			.param("opens", Timestamp.from(form.opensAt()))
			.param("closes", Timestamp.from(form.closesAt()))
			.param("population", form.population())
			.param("token", token)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Campaign> campaign(String token) {
		return this.jdbc.sql(CAMPAIGN + " where public_token = :token")
			.param("token", token)
			.query(SurveyStore::campaign)
			.optional();
	}

	Optional<Campaign> campaign(long id) {
		return this.jdbc.sql(CAMPAIGN + " where id = :id").param("id", id).query(SurveyStore::campaign).optional();
	}

	/** Adds the codes' hashes; a code already there, used or not, stays as it is. */
	int addCodes(long campaignId, List<String> hashes) {
		int[][] added = this.batch.batchUpdate(
				"insert into survey_code (campaign_id, code_hash) values (?, ?) on conflict do nothing", hashes, 1000,
				(statement, hash) -> {
					statement.setLong(1, campaignId);
					statement.setString(2, hash);
				});
		int count = 0;
		for (int[] chunk : added) {
			for (int rows : chunk) {
				count += Math.max(rows, 0);
			}
		}
		return count;
	}

	/** Marks the code used; false when it is unknown or used already. Atomic. */
	boolean burn(long campaignId, String hash) {
		return this.jdbc
			.sql("update survey_code set used = true where campaign_id = :campaign and code_hash = :hash and not used")
			.param("campaign", campaignId)
			.param("hash", hash)
			.update() == 1;
	}

	/** Stores an accepted response and adds it to the counts. */
	UUID insertResponse(long campaignId, LocalDate day, Channel channel, List<Answer> answers) {
		UUID id = insertResponse(campaignId, day, channel, answers, ResponseStatus.ACCEPTED, null);
		count(campaignId, answers);
		return id;
	}

	/**
	 * Stores a response and its answers with the status given, without counting it: only
	 * {@link #count} adds answers to the running counts.
	 */
	UUID insertResponse(long campaignId, LocalDate day, Channel channel, List<Answer> answers, ResponseStatus status,
			@Nullable String flags) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into survey_response (id, campaign_id, answered_on, channel, status, flags)
				values (:id, :campaign, :day, :channel, :status, :flags)""")
			.param("id", id)
			.param("campaign", campaignId)
			.param("day", day)
			.param("channel", channel.name())
			.param("status", status.name())
			.param("flags", flags)
			.update();
		this.jdbc.sql("""
				insert into survey_answer (response_id, question_code, level, option_code)
				select :id, question, level, option
				from unnest(cast(:questions as text[]), cast(:levels as int[]), cast(:options as text[]))
				       as answer (question, level, option)""")
			.param("id", id)
			.param("questions", answers.stream().map(Answer::questionCode).toArray(String[]::new))
			.param("levels", answers.stream().map(Answer::level).toArray(Integer[]::new))
			.param("options", answers.stream().map(Answer::optionCode).toArray(String[]::new))
			.update();
		return id;
	}

	/**
	 * Adds a response's answers to the running counts: levels per question, options per
	 * question; one statement each, in the questionnaire's order, so that concurrent
	 * responses take the count rows' locks in the same order. The response adds to one of
	 * {@value #SLOTS} slots per count, picked at random, so that concurrent responses
	 * seldom wait for each other's rows; readers sum the slots.
	 */
	void count(long campaignId, List<Answer> answers) {
		int slot = ThreadLocalRandom.current().nextInt(SLOTS);
		List<Answer> levels = answers.stream().filter((answer) -> answer.level() != null).toList();
		if (!levels.isEmpty()) {
			this.jdbc.sql("""
					insert into survey_tally (campaign_id, question_code, level, slot, answers)
					select :campaign, question, level, :slot, 1
					from unnest(cast(:questions as text[]), cast(:levels as int[])) as answer (question, level)
					on conflict (campaign_id, question_code, level, slot)
					do update set answers = survey_tally.answers + 1""")
				.param("campaign", campaignId)
				.param("slot", slot)
				.param("questions", levels.stream().map(Answer::questionCode).toArray(String[]::new))
				.param("levels", levels.stream().map(Answer::level).toArray(Integer[]::new))
				.update();
		}
		List<Answer> options = answers.stream().filter((answer) -> answer.optionCode() != null).toList();
		if (!options.isEmpty()) {
			this.jdbc.sql("""
					insert into survey_option_tally (campaign_id, question_code, option_code, slot, answers)
					select :campaign, question, option, :slot, 1
					from unnest(cast(:questions as text[]), cast(:options as text[])) as answer (question, option)
					on conflict (campaign_id, question_code, option_code, slot)
					do update set answers = survey_option_tally.answers + 1""")
				.param("campaign", campaignId)
				.param("slot", slot)
				.param("questions", options.stream().map(Answer::questionCode).toArray(String[]::new))
				.param("options", options.stream().map(Answer::optionCode).toArray(String[]::new))
				.update();
		}
	}

	/** The running counts of a campaign's options, per question code and option code. */
	Map<String, Map<String, Long>> optionTallies(long campaignId) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		this.jdbc
			.sql("select question_code, option_code, sum(answers) as answers from survey_option_tally "
					+ "where campaign_id = :campaign group by question_code, option_code")
			.param("campaign", campaignId)
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("question_code"), (code) -> new HashMap<>())
					.put(rs.getString("option_code"), rs.getLong("answers"));
			});
		return counts;
	}

	/** The running counts of a campaign, per question code. */
	Map<String, Tally> tallies(long campaignId) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc
			.sql("select question_code, level, sum(answers) as answers from survey_tally where campaign_id = :campaign "
					+ "group by question_code, level")
			.param("campaign", campaignId)
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("question_code"),
						(code) -> new long[Tally.LEVELS])[rs.getInt("level") - 1] = rs.getLong("answers");
			});
		Map<String, Tally> tallies = new HashMap<>();
		counts.forEach((code, levels) -> tallies.put(code, new Tally(levels)));
		return tallies;
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getLong("questionnaire_id"), rs.getLong("cycle_id"),
				rs.getLong("unit_id"), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("closes_at").toInstant(), rs.getObject("population", Integer.class),
				rs.getString("public_token"));
	}

}
