package vn.parindex.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-assessment API: the server computes self-scores, a stale version is refused
 * with the value stored now, and only the unit's own users reach its assessment. Never
 * submits SKHCN's assessment, which other tests edit.
 */
@IntegrationTest
class AssessmentApiIntegrationTests {

	private static final String LIST = "/api/v1/assessments";

	private static final String API = LIST + "/";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	JsonMapper json;

	private long cycle;

	private long skhcn;

	private long stp;

	@BeforeEach
	void openTheAssessments() {
		this.cycle = Actors.as(this.users, "admin", () -> this.cycles.list())
			.stream()
			.filter((row) -> row.year() == 2025 && row.status() == CycleStatus.OPEN
					&& row.name().equals("Kỳ đánh giá Chỉ số CCHC năm 2025"))
			.findFirst()
			.orElseThrow()
			.id();
		this.skhcn = Actors.as(this.users, "canbo.skhcn", () -> this.assessments.start(this.cycle));
		this.stp = Actors.as(this.users, "canbo.stp", () -> this.assessments.start(this.cycle));
	}

	@Test
	void theServerComputesTheSelfScoreFromTheInputsNotFromTheClient() throws Exception {
		JsonNode workspace = workspace("canbo.skhcn", this.skhcn);
		FrameworkDefinition framework = Actors.as(this.users, "admin",
				() -> this.frameworks.definition(workspace.get("frameworkId").asLong()));
		assertThat(framework.node("1.1.1").orElseThrow().rule().type()).isEqualTo(RuleType.BINARY);
		assertThat(framework.node("1.1.2").orElseThrow().rule().type()).isEqualTo(RuleType.TIERED_RATIO);

		long binary = entry(workspace, "1.1.1").get("version").asLong();
		String saved = save("canbo.skhcn", "1.1.1", "{\"version\": " + binary + ", \"met\": true, \"points\": 7}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("1.1.1"))
			.andExpect(jsonPath("$.version").value(binary + 1))
			.andExpect(jsonPath("$.updatedBy").value("canbo.skhcn"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(decimal(this.json.readTree(saved), "selfPoints")).isEqualByComparingTo("1");

		long ratio = entry(workspace, "1.1.2").get("version").asLong();
		JsonNode tiered = this.json.readTree(save("canbo.skhcn", "1.1.2",
				"{\"version\": " + ratio
						+ ", \"numerator\": 45, \"denominator\": 50, \"explanation\": \"Còn 5 nhiệm vụ\"}")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(decimal(tiered, "selfPoints")).isEqualByComparingTo("1");
		JsonNode full = this.json.readTree(save("canbo.skhcn", "1.1.2",
				"{\"version\": " + (ratio + 1) + ", \"numerator\": 50, \"denominator\": 50}")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(decimal(full, "selfPoints")).isEqualByComparingTo("2");

		JsonNode after = workspace("canbo.skhcn", this.skhcn);
		assertThat(decimal(entry(after, "1.1.1"), "selfPoints")).isEqualByComparingTo("1");
		assertThat(decimal(entry(after, "1.1.2"), "selfPoints")).isEqualByComparingTo("2");
		assertThat(decimal(entry(after, "1.1.2").get("inputs"), "numerator")).isEqualByComparingTo("50");
		assertThat(decimal(full.get("overall"), "self")).isEqualByComparingTo(decimal(after.get("overall"), "self"));
		assertThat(decimal(full.get("field"), "self"))
			.isEqualByComparingTo(decimal(field(after, "1").get("totals"), "self"));
		assertThat(full.get("blocking").asLong()).isEqualTo(blockingCount(after));
	}

	@Test
	void aStaleVersionIsRefusedWithTheValueStoredNowAndNothingIsOverwritten() throws Exception {
		long version = entry(workspace("canbo.skhcn", this.skhcn), "1.3.1").get("version").asLong();
		save("canbo.skhcn", "1.3.1", "{\"version\": " + version + ", \"numerator\": 25, \"denominator\": 100}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));

		save("canbo.skhcn", "1.3.1", "{\"version\": " + version + ", \"numerator\": 40, \"denominator\": 100}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.conflict.stale"))
			.andExpect(jsonPath("$.detail", containsString("Không có gì bị ghi đè")))
			.andExpect(jsonPath("$.current.code").value("1.3.1"))
			.andExpect(jsonPath("$.current.selfPoints").value(0.5))
			.andExpect(jsonPath("$.current.inputs.numerator").value(25.0))
			.andExpect(jsonPath("$.current.version").value(version + 1))
			.andExpect(jsonPath("$.current.updatedBy").value("canbo.skhcn"));

		JsonNode stored = entry(workspace("canbo.skhcn", this.skhcn), "1.3.1");
		assertThat(decimal(stored, "selfPoints")).isEqualByComparingTo("0.5");
		assertThat(decimal(stored.get("inputs"), "numerator")).isEqualByComparingTo("25");
		assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
	}

	@Test
	void aChangeWithoutVersionIsABadRequest() throws Exception {
		save("canbo.skhcn", "1.3.2", "{\"numerator\": 1, \"denominator\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("assessment.api.version-required"))
			.andExpect(jsonPath("$.detail", containsString("version")));
	}

	@Test
	void onlyTheUnitsOfficerEditsAndOthersDoNotReadTheUnitsDraft() throws Exception {
		JsonNode before = entry(workspace("canbo.skhcn", this.skhcn), "1.3.2");
		String change = "{\"version\": " + before.get("version").asLong() + ", \"numerator\": 3, \"denominator\": 4}";
		for (String outsider : new String[] { "canbo.stp", "lanhdao.skhcn" }) {
			save(outsider, "1.3.2", change).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("error.forbidden"))
				.andExpect(jsonPath("$.current").doesNotExist())
				.andExpect(jsonPath("$.selfPoints").doesNotExist());
		}
		assertThat(entry(workspace("canbo.skhcn", this.skhcn), "1.3.2").get("version").asLong())
			.isEqualTo(before.get("version").asLong());

		call("canbo.stp", get(API + this.skhcn)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.entries").doesNotExist());
		call("canbo.stp", get(API + this.skhcn + "/submissions")).andExpect(status().isForbidden());
		call("canbo.stp", get(API + this.skhcn + "/submissions/1")).andExpect(status().isForbidden());
		call("lanhdao.skhcn", get(API + this.skhcn)).andExpect(status().isOk())
			.andExpect(jsonPath("$.permissions.edit").value(false));
		call("canbo.skhcn", get(API + this.skhcn)).andExpect(status().isOk())
			.andExpect(jsonPath("$.permissions.edit").value(true))
			.andExpect(jsonPath("$.permissions.submit").value(false));

		call("admin", get(API + this.stp)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.unitCode").value("STP-2025"));
		call("lanhdao.tinh", get(API + this.stp)).andExpect(status().isForbidden());
	}

	@Test
	void aNotApplicableClaimOnALeafThatAllowsNoneIsRefusedInVietnamese() throws Exception {
		JsonNode before = entry(workspace("canbo.skhcn", this.skhcn), "1.1.1");
		String claim = "{\"version\": " + before.get("version").asLong()
				+ ", \"naClaimed\": true, \"naReason\": \"Đơn vị không có kế hoạch riêng\"}";
		int refused = save("canbo.skhcn", "1.1.1", claim)
			.andExpect(jsonPath("$.code").value("assessment.entry.na-not-allowed"))
			.andExpect(jsonPath("$.detail", containsString("không")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(refused).isIn(409, 422);
		JsonNode after = entry(workspace("canbo.skhcn", this.skhcn), "1.1.1");
		assertThat(after.get("naClaimed").asBoolean()).isFalse();
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
	}

	@Test
	void anUnknownLeafOrSubmissionIsNotFound() throws Exception {
		save("canbo.skhcn", "9.9.9", "{\"version\": 0, \"met\": true}").andExpect(status().isNotFound());
		call("canbo.skhcn", get(API + this.skhcn + "/submissions/999")).andExpect(status().isNotFound());
		call("admin", get(API + 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheLeaderSubmitsAndAStaleVersionIsRefused() throws Exception {
		long version = workspace("canbo.skhcn", this.skhcn).get("version").asLong();
		call("canbo.skhcn", post(API + this.skhcn + "/submit").param("version", String.valueOf(version)).with(csrf()))
			.andExpect(status().isForbidden());
		call("canbo.stp", post(API + this.skhcn + "/submit").param("version", String.valueOf(version)).with(csrf()))
			.andExpect(status().isForbidden());
		call("lanhdao.skhcn",
				post(API + this.skhcn + "/submit").param("version", String.valueOf(version + 1000)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.conflict.stale"));
		call("lanhdao.skhcn", post(API + this.skhcn + "/submit").param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		call("canbo.skhcn", get(API + this.skhcn)).andExpect(jsonPath("$.status").value("DRAFT"));
		call("lanhdao.skhcn", get(API + this.skhcn + "/submissions")).andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void unitsListTheirOwnAssessmentsAndOthersNeedAPeriod() throws Exception {
		call("canbo.skhcn", get(LIST).param("cycle", String.valueOf(this.cycle))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].assessmentId").value(this.skhcn))
			.andExpect(jsonPath("$[0].unitCode").value("SKHCN-2025"))
			.andExpect(jsonPath("$[0].status").value("DRAFT"));
		call("admin", get(LIST)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.bad-request"));
		JsonNode all = this.json
			.readTree(call("admin", get(LIST).param("cycle", String.valueOf(this.cycle))).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(all.valueStream().map((row) -> row.get("unitCode").asString())).contains("SKHCN-2025", "STP-2025");
		JsonNode viewed = this.json.readTree(
				call("lanhdao.tinh", get(LIST).param("cycle", String.valueOf(this.cycle))).andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(viewed.valueStream()).allSatisfy(
				(row) -> assertThat(row.path("status").isString() && !row.path("status").asString().equals("DRAFT"))
					.isTrue());
		call("admin", get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(
					jsonPath("$.paths['/api/v1/assessments/{id}/entries/{code}'].put.summary").value("Save one leaf"));
	}

	private JsonNode workspace(String user, long id) throws Exception {
		return this.json.readTree(
				call(user, get(API + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static JsonNode entry(JsonNode workspace, String code) {
		return workspace.get("entries")
			.valueStream()
			.filter((e) -> e.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode field(JsonNode workspace, String code) {
		return workspace.get("fields")
			.valueStream()
			.filter((e) -> e.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static long blockingCount(JsonNode workspace) {
		return workspace.get("problems")
			.valueStream()
			.filter((problem) -> problem.get("kind").asString().matches("UNSCORED|EVIDENCE_MISSING"))
			.count();
	}

	private static BigDecimal decimal(JsonNode node, String name) {
		return node.get(name).decimalValue();
	}

	private ResultActions save(String user, String code, String body) throws Exception {
		return call(user,
				put(API + this.skhcn + "/entries/" + code).contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.with(csrf()));
	}

	private ResultActions call(String user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as(user)));
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(username));
	}

}
