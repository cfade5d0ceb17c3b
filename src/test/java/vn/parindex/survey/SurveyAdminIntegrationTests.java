package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin sets a survey up on the screens: a questionnaire from YAML, a campaign for a
 * unit with its required sample, the dossier codes from the one-stop system's file, and
 * the QR code that leads to the form. Nobody else may.
 */
@IntegrationTest
class SurveyAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	SurveyOverview overview;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminSetsACampaignUpWithCodesAndAQrCode() throws Exception {
		String code = TestRun.code("SA") + "-" + UUID.randomUUID().toString().substring(0, 6);
		String yaml = new ClassPathResource("demo/questionnaire-sipas-2017.yaml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("code: SIPAS-2017", "code: " + code);
		this.mvc
			.perform(multipart("/admin/surveys/questionnaires").file(file("sipas.yaml", yaml))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long questionnaire = Actors.as(this.users, "admin", () -> this.overview.questionnaires())
			.stream()
			.filter((row) -> row.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
		long period = Actors.as(this.users, "admin", () -> this.cycles.list())
			.stream()
			.filter((row) -> row.year() == 2025)
			.findFirst()
			.map(CycleRow::id)
			.orElseThrow();
		String location = this.mvc
			.perform(post("/admin/surveys/campaigns").param("questionnaire", Long.toString(questionnaire))
				.param("period", Long.toString(period))
				.param("unit", "STP-2025")
				.param("opens", "01/12/2026")
				.param("closes", "31/12/2026")
				.param("population", "12000")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long campaign = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 / 388")))
			.andExpect(content().string(containsString("/s/")));

		String codes = "Mã hồ sơ\n000.00.12.H20-261201-0001\n000.00.12.H20-261201-0002;x\n\"000.00.12.H20-261201-0003\"\n";
		this.mvc
			.perform(multipart(location + "/codes").file(file("ma-ho-so.csv", codes)).with(as("admin")).with(csrf()))
			.andExpect(flash().attribute("added", 3));
		this.mvc
			.perform(multipart(location + "/codes").file(file("ma-ho-so.csv", codes)).with(as("admin")).with(csrf()))
			.andExpect(flash().attribute("added", 0));
		this.mvc
			.perform(multipart(location + "/codes").file(file("ma-ho-so.csv", "ok-1\n<script>\nok-2\n"))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(">A2<")));
		assertThat(Actors.as(this.users, "admin", () -> this.overview.campaign(campaign)).codes()).isEqualTo(3);
		assertThat(this.jdbc
			.sql("select new_value::text from audit_event where action = 'IMPORT_CODES' "
					+ "and subject_type = 'survey-campaign' and subject_id = ? order by id")
			.param(Long.toString(campaign))
			.query(String.class)
			.list()).as("counts only, never the codes")
			.hasSize(2)
			.allSatisfy((audited) -> assertThat(audited).contains("\"codes\": 3").doesNotContain("H20"));

		byte[] png = this.mvc.perform(get(location + "/qr.png").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String link = Actors.as(this.users, "admin", () -> this.overview.link(campaign));
		assertThat(QrCodesTests.decode(png)).isEqualTo(link).contains("/s/");
		this.mvc.perform(get(location + "/qr.svg").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));

		this.mvc
			.perform(post("/admin/surveys/campaigns").param("questionnaire", Long.toString(questionnaire))
				.param("period", Long.toString(period))
				.param("unit", "STP-2025")
				.param("opens", "01/12/2026")
				.param("closes", "31/12/2026")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("đã có đợt khảo sát")));
		for (String other : new String[] { "canbo.stp", "lanhdao.tinh" }) {
			this.mvc.perform(get(location + "/qr.png").with(as(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/surveys").with(as(other))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theSampleSizeCalculatorAnswersAndRefusesBadNumbersInVietnamese() throws Exception {
		this.mvc.perform(get("/admin/surveys/sample-size").param("dossiers", "12.000").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong id=\"sample\">388</strong>")));
		this.mvc
			.perform(
					get("/admin/surveys/sample-size").param("dossiers", "12000").param("margin", "3").with(as("admin")))
			.andExpect(content().string(containsString("<strong id=\"sample\">1.017</strong>")));
		this.mvc.perform(get("/admin/surveys/sample-size").param("dossiers", "-5").with(as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số hồ sơ phải là số nguyên dương")));
		this.mvc
			.perform(get("/admin/surveys/sample-size").param("dossiers", "100").param("margin", "50").with(as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Sai số cho phép phải từ 0,5% đến 20%")));
		this.mvc.perform(get("/admin/surveys/sample-size").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

}
