package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.TestRun;
import vn.parindex.Actors;

/**
 * Survey results of a unit in a period, set straight into the running counts (as the
 * responses would have left them): a SIPAS campaign where every scale question has 80
 * "rất hài lòng", 13 "hài lòng", 5 "bình thường" and 2 "rất không hài lòng" (index
 * 93,00), and a phiếu 02 campaign where each weighted question has 6 A, 3 B and 1 C (mean
 * weight (600 + 180 + 20) ÷ 10 = 80,00).
 */
public final class SurveyResultsFixtures {

	/** The SIPAS index the counts give. */
	public static final String SIPAS_INDEX = "93.00";

	/** The phiếu 02 mean weight the counts give. */
	public static final String PHIEU_02_WEIGHT = "80.00";

	private SurveyResultsFixtures() {
	}

	/**
	 * The two campaigns.
	 *
	 * @param sipas the SIPAS campaign
	 * @param phieu02 the phiếu 02 campaign
	 */
	public record Campaigns(long sipas, long phieu02) {
	}

	public static Campaigns sipasAndPhieu02(ApplicationContext context, long cycleId, long unitId) {
		String suffix = TestRun.code("T") + UUID.randomUUID().toString().substring(0, 6);
		SurveyManagement surveys = context.getBean(SurveyManagement.class);
		Instant now = context.getBean(Clock.class).instant();
		return Actors.as(context.getBean(UserDetailsService.class), "admin", () -> {
			long sipas = campaign(surveys, yaml("demo/questionnaire-sipas-2017.yaml", "SIPAS-2017", "SIPAS-" + suffix),
					cycleId, unitId, now);
			long phieu = campaign(surveys, yaml("demo/questionnaire-phieu-02.yaml", "phieu_02", "phieu_02-" + suffix),
					cycleId, unitId, now);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Questionnaire sipasForm = context.getBean(SurveyStore.class).questionnaire(questionnaireOf(jdbc, sipas));
			sipasForm.questions()
				.stream()
				.filter((question) -> question.type() == QuestionType.SCALE)
				.forEach((question) -> Map.of(5, 80, 4, 13, 3, 5, 1, 2)
					.forEach((level, count) -> level(jdbc, sipas, question.code(), level, count)));
			Questionnaire phieuForm = context.getBean(SurveyStore.class).questionnaire(questionnaireOf(jdbc, phieu));
			phieuForm.questions()
				.forEach((question) -> Map.of("A", 6, "B", 3, "C", 1)
					.forEach((option, count) -> option(jdbc, phieu, question.code(), option, count)));
			return new Campaigns(sipas, phieu);
		});
	}

	private static long campaign(SurveyManagement surveys, String yaml, long cycleId, long unitId, Instant now) {
		long questionnaire = surveys.addQuestionnaire(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
		return surveys.createCampaign(new CampaignForm(questionnaire, cycleId, unitId, now.minus(Duration.ofDays(30)),
				now.minus(Duration.ofDays(1)), null));
	}

	private static String yaml(String file, String code, String replacement) {
		try {
			return new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8)
				.replace("code: " + code + "\n", "code: " + replacement + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long questionnaireOf(JdbcClient jdbc, long campaignId) {
		return jdbc.sql("select questionnaire_id from survey_campaign where id = ?")
			.param(campaignId)
			.query(Long.class)
			.single();
	}

	private static void level(JdbcClient jdbc, long campaignId, String question, int level, int count) {
		jdbc.sql("insert into survey_tally (campaign_id, question_code, level, answers) values (?, ?, ?, ?)")
			.params(campaignId, question, level, count)
			.update();
	}

	private static void option(JdbcClient jdbc, long campaignId, String question, String option, int count) {
		jdbc.sql(
				"insert into survey_option_tally (campaign_id, question_code, option_code, answers) values (?, ?, ?, ?)")
			.params(campaignId, question, option, count)
			.update();
	}

}
