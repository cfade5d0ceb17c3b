package vn.parindex.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flagged responses of a campaign and the one way their status changes: from FLAGGED,
 * conditionally, so that a decision taken twice (a double click, two reviewers) takes
 * effect once.
 */
@Component
class ReviewQueries {

	private final JdbcClient jdbc;

	ReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A flagged response as stored.
	 *
	 * @param id its random id
	 * @param day the day it was answered
	 * @param channel how it came in
	 * @param flags its flags, {@code FAST,STRAIGHT}
	 * @param answers its answers by question code, several choices in a list
	 */
	record Raw(UUID id, LocalDate day, Channel channel, String flags, Map<String, List<String>> answers) {
	}

	long pending(long campaignId) {
		return this.jdbc.sql("""
				select coalesce(sum(responses), 0) from survey_response_count
				where campaign_id = :campaign and status = 'FLAGGED'""")
			.param("campaign", campaignId)
			.query(Long.class)
			.single();
	}

	Map<SuspicionFlag, Long> perFlag(long campaignId) {
		Map<SuspicionFlag, Long> counts = new EnumMap<>(SuspicionFlag.class);
		this.jdbc.sql("""
				select flag, count(*) as responses
				from survey_response r cross join unnest(string_to_array(r.flags, ',')) as flag
				where r.campaign_id = :campaign and r.status = 'FLAGGED' group by flag""")
			.param("campaign", campaignId)
			.query((rs) -> {
				counts.put(SuspicionFlag.valueOf(rs.getString("flag")), rs.getLong("responses"));
			});
		return counts;
	}

	/** The first flagged responses by day and random id. */
	List<Raw> flagged(long campaignId, int limit) {
		Map<UUID, Raw> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.id, r.answered_on, r.channel, coalesce(r.flags, '') as flags, a.question_code,
				       coalesce(cast(a.level as varchar), a.option_code) as answer
				from (select id, answered_on, channel, flags from survey_response
				      where campaign_id = :campaign and status = 'FLAGGED' order by answered_on, id limit :limit) r
				join survey_answer a on a.response_id = r.id
				order by r.answered_on, r.id, a.question_code, answer""")
			.param("campaign", campaignId)
			.param("limit", limit)
			.query((rs) -> {
				Raw row = new Raw(rs.getObject("id", UUID.class), rs.getObject("answered_on", LocalDate.class),
						Channel.valueOf(rs.getString("channel")), rs.getString("flags"), new LinkedHashMap<>());
				rows.computeIfAbsent(row.id(), (id) -> row)
					.answers()
					.computeIfAbsent(rs.getString("question_code"), (code) -> new ArrayList<>())
					.add(rs.getString("answer"));
			});
		return List.copyOf(rows.values());
	}

	List<UUID> flaggedWith(long campaignId, SuspicionFlag flag) {
		return this.jdbc.sql("""
				select id from survey_response where campaign_id = :campaign and status = 'FLAGGED'
				and ',' || flags || ',' like :pattern order by answered_on, id""")
			.param("campaign", campaignId)
			.param("pattern", "%," + flag.name() + ",%")
			.query(UUID.class)
			.list();
	}

	/**
	 * Moves a flagged response to the status; its flags, or empty if it was not flagged.
	 */
	Optional<String> decide(long campaignId, UUID id, ResponseStatus to) {
		return this.jdbc.sql("""
				update survey_response set status = :to
				where id = :id and campaign_id = :campaign and status = 'FLAGGED' returning coalesce(flags, '')""")
			.param("to", to.name())
			.param("id", id)
			.param("campaign", campaignId)
			.query(String.class)
			.optional();
	}

	List<Answer> answers(UUID id) {
		return this.jdbc.sql("select question_code, level, option_code from survey_answer where response_id = :id")
			.param("id", id)
			.query((rs, n) -> new Answer(rs.getString("question_code"), rs.getObject("level", Integer.class),
					rs.getString("option_code")))
			.list();
	}

}
