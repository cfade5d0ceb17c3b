package vn.parindex.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Anonymous responses with one-time codes: a code answers exactly once even when 100
 * submissions race; a refused response burns nothing; no column ties a response to a
 * code, an address, a device or a time of day, and after the nightly rewrite no
 * transaction id does either; only ADMIN sets surveys up.
 */
@IntegrationTest
class SurveyIntakeIntegrationTests {

	private static final int RACERS = 100;

	@Autowired
	ApplicationContext context;

	@Autowired
	ResponseIntake intake;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String token;

	long campaignId;

	@BeforeEach
	void campaign() {
		SurveyFixtures.Created campaign = SurveyFixtures.campaign(this.context,
				List.of("HS-001", "HS-002", "HS-003", "HS-001"));
		this.campaignId = campaign.id();
		this.token = campaign.token();
	}

	@Test
	void aCodeAnswersExactlyOnceWhen100SubmissionsRace() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int i = 0; i < RACERS; i++) {
				Callable<Boolean> racer = () -> {
					start.await();
					try {
						this.intake.submit(this.token, "HS-001", SurveyFixtures.answers("5"), Channel.WEB);
						return true;
					}
					catch (BusinessRuleException ex) {
						assertThat(ex.messageKey()).isEqualTo("survey.code.invalid");
						return false;
					}
				};
				results.add(pool.submit(racer));
			}
			start.countDown();
			long accepted = 0;
			for (Future<Boolean> result : results) {
				accepted += result.get() ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("select count(*) from survey_response where campaign_id = ?")).isEqualTo(1);
		assertThat(count(
				"select coalesce(sum(answers), 0) from survey_tally where campaign_id = ? and question_code = 'TC1'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from survey_code where campaign_id = ? and used")).isEqualTo(1);
	}

	@Test
	void aRefusedResponseBurnsNothingAndTheCodeIsTypedAnyHow() {
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-002", SurveyFixtures.answers("6"), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.answer.invalid");
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-002", Map.of("XX9", List.of("5")), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.answer.unknown-question");
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-002", Map.of("MD1", List.of("Z")), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.answer.invalid");
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-404", SurveyFixtures.answers("4"), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.code.invalid");
		assertThat(count("select count(*) from survey_response where campaign_id = ?")).isZero();

		Map<String, List<String>> answers = new LinkedHashMap<>(SurveyFixtures.answers("4"));
		answers.put("MD1", List.of("A", "C"));
		UUID id = this.intake.submit(this.token, " hs-002 ", answers, Channel.WEB);
		assertThat(id.version()).as("random, not sequential").isEqualTo(4);
		assertThat(count("select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
				+ "where r.campaign_id = ? and a.question_code = 'MD1'"))
			.isEqualTo(2);
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-002", SurveyFixtures.answers("4"), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.code.invalid");
	}

	@Test
	void noColumnTiesAResponseToItsCodeAddressDeviceOrTimeOfDay() {
		assertThat(columns("survey_response")).containsExactlyInAnyOrder("id uuid", "campaign_id bigint",
				"answered_on date", "channel character varying", "status character varying", "flags character varying");
		assertThat(columns("survey_answer")).containsExactlyInAnyOrder("response_id uuid",
				"question_code character varying", "level smallint", "option_code character varying");
		assertThat(columns("survey_code")).containsExactlyInAnyOrder("campaign_id bigint",
				"code_hash character varying", "used boolean");
		assertThat(count("select count(*) from survey_code where campaign_id = ? and code_hash like '%HS%'")).isZero();
	}

	@Test
	void theNightlyRewriteLeavesNoTransactionIdSharedByACodeAndItsResponse() {
		UUID first = this.intake.submit(this.token, "HS-001", SurveyFixtures.answers("5"), Channel.WEB);
		UUID second = this.intake.submit(this.token, "HS-003", SurveyFixtures.answers("3"), Channel.WEB);
		assertThat(codeXmins()).as("before: each used code shares its response's transaction id")
			.containsExactlyInAnyOrder(responseXmin(first), responseXmin(second));

		assertThat(this.context.getBean(CodeShuffle.class).run()).isGreaterThanOrEqualTo(2);

		List<String> after = codeXmins();
		assertThat(after).hasSize(2).doesNotContain(responseXmin(first), responseXmin(second));
		assertThat(after.get(0)).as("one transaction for all").isEqualTo(after.get(1));
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-001", SurveyFixtures.answers("4"), Channel.WEB))
			.as("still used")
			.hasFieldOrPropertyWithValue("messageKey", "survey.code.invalid");
		assertThat(count("select count(*) from survey_code where campaign_id = ? and not used")).isEqualTo(1);
	}

	private List<String> codeXmins() {
		return this.jdbc.sql("select xmin::text from survey_code where campaign_id = ? and used")
			.param(this.campaignId)
			.query(String.class)
			.list();
	}

	private String responseXmin(UUID id) {
		return this.jdbc.sql("select xmin::text from survey_response where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	@Test
	void onlyAdminSetsSurveysUp() {
		for (String user : List.of("canbo.skhcn", "lanhdao.tinh", "chutich.hd")) {
			assertThatThrownBy(() -> Actors.run(this.users, user,
					() -> this.context.getBean(SurveyManagement.class).importCodes(this.campaignId, List.of("HS-999"))))
				.isInstanceOf(AccessRefusedException.class);
		}
		assertThatThrownBy(() -> this.intake.submit(this.token, "HS-999", SurveyFixtures.answers("5"), Channel.WEB))
			.hasFieldOrPropertyWithValue("messageKey", "survey.code.invalid");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param(this.campaignId).query(Long.class).single();
	}

	private List<String> columns(String table) {
		return this.jdbc
			.sql("select column_name || ' ' || data_type from information_schema.columns "
					+ "where table_schema = current_schema() and table_name = ?")
			.param(table)
			.query(String.class)
			.list();
	}

}
