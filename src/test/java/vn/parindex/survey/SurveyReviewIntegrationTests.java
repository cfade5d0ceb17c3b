package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.TestRun;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Suspicious web and kiosk responses are stored flagged and counted nowhere, the citizen
 * sees the usual thanks; ADMIN accepts them (counted once, however often asked) or
 * rejects them (kept, never counted), one by one or by flag; nobody else may decide.
 */
@IntegrationTest
class SurveyReviewIntegrationTests {

	/** Every scale question of the demo questionnaire. */
	private static final List<String> SCALE = List.of("TC1", "TC2", "TC3", "TT1", "TT2", "TT3", "TT4", "CC1", "CC2",
			"CC3", "CC4", "KQ1", "KQ2", "PA1", "PA2", "PA3");

	private static int addresses;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	SurveyFixtures.Created campaign;

	@BeforeEach
	void campaign() {
		List<String> codes = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			codes.add("RV-" + TestRun.SUFFIX + "-" + i);
		}
		this.campaign = SurveyFixtures.campaign(this.context, codes);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void fastOrUnstampedResponsesAreStoredFlaggedAndCountNowhere() throws Exception {
		this.mvc.perform(get("/s/{token}", this.campaign.token()))
			.andExpect(content().string(containsString("name=\"stamp\"")));
		String good = SurveyFixtures.stamp(this.context, this.campaign.token());
		String seconds = good.substring(0, good.indexOf('.'));
		String tampered = (Long.parseLong(seconds) - 100) + good.substring(seconds.length());
		String fresh = SurveyFixtures.stamp(this.context, this.campaign.token(), this.clock.instant());
		for (String stamp : new String[] { null, tampered, fresh, "1." + "0".repeat(64) }) {
			sendWeb(code(statuses().size() + 1), stamp, varied());
		}
		assertThat(statuses()).containsExactly("FLAGGED:FAST", "FLAGGED:FAST", "FLAGGED:FAST", "FLAGGED:FAST");
		assertThat(tallied()).isZero();
		assertThatThrownBy(() -> this.context.getBean(ResponseIntake.class)
			.submit(this.campaign.token(), code(1), varied(), Channel.WEB)).as("the code was burnt all the same")
			.hasFieldOrPropertyWithValue("messageKey", "survey.code.invalid");

		sendWeb(code(5), good, varied());
		assertThat(statuses()).contains("ACCEPTED:");
		assertThat(tallied()).isEqualTo(SurveyFixtures.QUESTIONS.size());
	}

	@Test
	void sixteenIdenticalAnswersAreStraightLined() throws Exception {
		Map<String, List<String>> same = new LinkedHashMap<>();
		SCALE.forEach((question) -> same.put(question, List.of("5")));
		sendWeb(code(1), SurveyFixtures.stamp(this.context, this.campaign.token()), same);
		assertThat(statuses()).containsExactly("FLAGGED:STRAIGHT");
		assertThat(tallied()).isZero();
	}

	@Test
	void theThirdIdenticalResponseFromOneKioskIsABurst() throws Exception {
		SurveyFixtures.Created atKiosk = SurveyFixtures.campaign(this.context, "STP-2025", List.of());
		long unit = this.context.getBean(OrganisationManagement.class).findByCode("STP-2025").orElseThrow().id();
		String kiosk = Actors.as(this.users, "admin",
				() -> this.context.getBean(SurveyManagement.class).registerKiosk(unit, "Quầy " + TestRun.code("RV")));
		this.mvc.perform(get("/kiosk/{token}", kiosk)).andExpect(content().string(containsString("name=\"stamp\"")));
		Map<String, List<String>> other = varied();
		other.put("TC1", List.of("1"));
		for (Map<String, List<String>> answers : List.of(varied(), varied(), varied(), other)) {
			MockHttpServletRequestBuilder request = post("/kiosk/{token}", kiosk).param("stamp",
					SurveyFixtures.stamp(this.context, atKiosk.token()));
			answers.forEach((question, levels) -> request.param("q_" + question, levels.toArray(String[]::new)));
			this.mvc.perform(request).andExpect(redirectedUrl("/kiosk/" + kiosk + "/cam-on"));
		}
		assertThat(statuses(atKiosk.id())).containsExactly("ACCEPTED:", "ACCEPTED:", "ACCEPTED:", "FLAGGED:BURST");
	}

	@Test
	void acceptingCountsOnceAndRejectingNever() throws Exception {
		for (int i = 1; i <= 3; i++) {
			sendWeb(code(i), null, varied());
		}
		List<UUID> flagged = flaggedIds();
		assertThat(flagged).hasSize(3);
		this.mvc.perform(get(review()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Trả lời quá nhanh"), containsString("Chấp nhận"),
					containsString("Đang chờ xem xét: 3 phiếu"), containsString("TC1: 5"))));

		decide(flagged.get(0), true);
		decide(flagged.get(0), true);
		assertThat(tallied()).isEqualTo(SurveyFixtures.QUESTIONS.size());
		decide(flagged.get(1), false);
		decide(flagged.get(1), true);
		assertThat(tallied()).isEqualTo(SurveyFixtures.QUESTIONS.size());
		this.mvc.perform(post(review()).param("flag", "FAST").param("accept", "true").with(as("admin")).with(csrf()))
			.andExpect(redirectedUrl(review()));
		assertThat(tallied()).isEqualTo(2L * SurveyFixtures.QUESTIONS.size());
		assertThat(statuses()).containsExactlyInAnyOrder("ACCEPTED:FAST", "ACCEPTED:FAST", "REJECTED:FAST");
		assertThat(Actors.as(this.users, "lanhdao.tinh",
				() -> this.context.getBean(SurveyOverview.class).campaign(this.campaign.id()).pending()))
			.isZero();
		assertThat(this.jdbc
			.sql("select action || ':' || (old_value ->> 'status') || '>' || (new_value ->> 'status') from audit_event "
					+ "where subject_type = 'survey-response' and subject_id = ?")
			.param(flagged.get(0).toString())
			.query(String.class)
			.list()).containsExactly("ACCEPT_RESPONSE:FLAGGED>ACCEPTED");
		assertThat(csv()).contains("response,day,channel,status,flags,TC1")
			.contains(flagged.get(1) + "," + today() + ",WEB,REJECTED,FAST,5,4");
	}

	@Test
	void onlyAdminDecides() throws Exception {
		sendWeb(code(1), null, varied());
		UUID id = flaggedIds().get(0);
		this.mvc.perform(get(review()).with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(post(review() + "/" + id).param("accept", "true").with(as("lanhdao.tinh")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(review()).param("flag", "FAST").param("accept", "false").with(as("canbo.skhcn")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> Actors.run(this.users, "lanhdao.tinh",
				() -> this.context.getBean(ResponseReview.class).accept(this.campaign.id(), id)))
			.isInstanceOf(AccessRefusedException.class);
		assertThat(statuses()).containsExactly("FLAGGED:FAST");
		assertThat(tallied()).isZero();
	}

	private void sendWeb(String code, @Nullable String stamp, Map<String, List<String>> answers) throws Exception {
		String address = "10.79." + (++addresses / 250) + "." + (addresses % 250 + 1);
		MockHttpServletRequestBuilder request = post("/s/{token}", this.campaign.token()).param("ma", code)
			.with((r) -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (stamp != null) {
			request.param("stamp", stamp);
		}
		answers.forEach((question, levels) -> request.param("q_" + question, levels.toArray(String[]::new)));
		this.mvc.perform(request).andExpect(redirectedUrl("/s/" + this.campaign.token() + "/cam-on"));
	}

	private void decide(UUID id, boolean accept) throws Exception {
		this.mvc
			.perform(post(review() + "/" + id).param("accept", Boolean.toString(accept)).with(as("admin")).with(csrf()))
			.andExpect(redirectedUrl(review()));
	}

	/** Answers that are not straight-lined. */
	private static Map<String, List<String>> varied() {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		List<String> levels = List.of("5", "4", "5", "3", "4", "5");
		for (int i = 0; i < SurveyFixtures.QUESTIONS.size(); i++) {
			answers.put(SurveyFixtures.QUESTIONS.get(i), List.of(levels.get(i)));
		}
		return answers;
	}

	private String code(int n) {
		return "RV-" + TestRun.SUFFIX + "-" + n;
	}

	private String review() {
		return "/admin/surveys/campaigns/" + this.campaign.id() + "/review";
	}

	private List<String> statuses() {
		return statuses(this.campaign.id());
	}

	private List<String> statuses(long campaignId) {
		return this.jdbc
			.sql("select status || ':' || coalesce(flags, '') as s from survey_response where campaign_id = ? "
					+ "order by s")
			.param(campaignId)
			.query(String.class)
			.list();
	}

	private List<UUID> flaggedIds() {
		return this.jdbc.sql("select id from survey_response where campaign_id = ? and status = 'FLAGGED'")
			.param(this.campaign.id())
			.query(UUID.class)
			.list();
	}

	private long tallied() {
		return this.jdbc.sql("select coalesce(sum(answers), 0) from survey_tally where campaign_id = ?")
			.param(this.campaign.id())
			.query(Long.class)
			.single();
	}

	private String csv() throws Exception {
		MvcResult started = this.mvc
			.perform(get("/admin/surveys/campaigns/{id}/responses.csv", this.campaign.id()).with(as("admin")))
			.andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String today() {
		return LocalDate.ofInstant(this.clock.instant(), Formats.ZONE).toString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
