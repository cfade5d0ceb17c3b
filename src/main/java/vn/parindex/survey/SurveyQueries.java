package vn.parindex.survey;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the survey screens: questionnaire versions and campaigns with their
 * counts. Names of periods and units come from their modules.
 */
@Component
class SurveyQueries {

	private final JdbcClient jdbc;

	SurveyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuestionnaireRow> questionnaires() {
		return this.jdbc.sql("""
				select id, code, version, name_vi, formula, created_at from survey_questionnaire
				order by code, version desc""")
			.query((rs, n) -> new QuestionnaireRow(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
					rs.getString("name_vi"), IndexFormula.valueOf(rs.getString("formula")),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * A campaign's figures.
	 *
	 * @param campaign the campaign
	 * @param questionnaire its questionnaire's label
	 * @param responses the accepted responses (those the indexes count)
	 * @param codes the codes imported
	 * @param codesUsed the codes used
	 * @param pending the flagged responses waiting for review
	 */
	record Counted(Campaign campaign, String questionnaire, long responses, long codes, long codesUsed, long pending) {
	}

	List<Counted> campaigns(@Nullable Long id) {
		return campaigns(id, null, true);
	}

	/**
	 * The period's campaigns, without their codes (0): the indexes need only the response
	 * counts, and counting a large period's codes costs more than all the rest.
	 */
	List<Counted> campaignsOf(long cycleId) {
		return campaigns(null, cycleId, false);
	}

	private List<Counted> campaigns(@Nullable Long id, @Nullable Long cycleId, boolean codes) {
		return this.jdbc.sql("""
				select c.id, c.questionnaire_id, c.cycle_id, c.unit_id, c.opens_at, c.closes_at, c.population,
				       c.public_token, q.code || ' v' || q.version || ' – ' || q.name_vi as questionnaire,
				       (select coalesce(sum(r.responses), 0) from survey_response_count r
				         where r.campaign_id = c.id and r.status = 'ACCEPTED') as responses,
				       (select coalesce(sum(r.responses), 0) from survey_response_count r
				         where r.campaign_id = c.id and r.status = 'FLAGGED') as pending,
				       case when :codes then (select count(*) from survey_code k where k.campaign_id = c.id)
				            else 0 end as codes,
				       case when :codes then (select count(*) from survey_code k where k.campaign_id = c.id and k.used)
				            else 0 end as used
				from survey_campaign c join survey_questionnaire q on q.id = c.questionnaire_id
				where (cast(:id as bigint) is null or c.id = :id)
				  and (cast(:cycle as bigint) is null or c.cycle_id = :cycle)
				order by c.cycle_id desc, c.id desc""")
			.param("id", id)
			.param("cycle", cycleId)
			.param("codes", codes)
			.query((rs, n) -> new Counted(
					new Campaign(rs.getLong("id"), rs.getLong("questionnaire_id"), rs.getLong("cycle_id"),
							rs.getLong("unit_id"), rs.getTimestamp("opens_at").toInstant(),
							rs.getTimestamp("closes_at").toInstant(), rs.getObject("population", Integer.class),
							rs.getString("public_token")),
					rs.getString("questionnaire"), rs.getLong("responses"), rs.getLong("codes"), rs.getLong("used"),
					rs.getLong("pending")))
			.list();
	}

}
