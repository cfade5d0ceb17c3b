package vn.parindex.journey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.TestRun;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.survey.CampaignForm;
import vn.parindex.survey.SurveyManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen at the one-stop office scans the QR code of the receipt on a phone: the form
 * opens with the dossier code filled in, fits the screen, is answered by touch and sent;
 * the same code cannot answer twice. The form meets WCAG 2 AA.
 */
class SurveyJourneyTests extends BrowserJourney {

	@Autowired
	SurveyManagement surveys;

	@Autowired
	CycleManagement cycles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCitizenAnswersOnAPhoneWithTheCodeOfTheReceipt() throws IOException {
		String token = campaign("HS-J-001");
		Page page = newPage();
		page.setViewportSize(390, 844);
		page.navigate("/s/" + token + "?ma=HS-J-001");
		assertThat(page.locator("h1")).containsText("Phiếu khảo sát");
		assertThat(page.getByLabel("Mã hồ sơ")).hasValue("HS-J-001");
		List<String> violations = new ArrayList<>(Axe.violations(page, "survey form"));
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

		Locator questions = page.locator("fieldset.survey-question");
		int scale = 0;
		for (int i = 0; i < questions.count(); i++) {
			Locator question = questions.nth(i);
			Locator satisfied = question.getByText("Rất hài lòng", new Locator.GetByTextOptions().setExact(true));
			if (satisfied.count() > 0) {
				(scale++ % 2 == 0 ? satisfied
						: question.getByText("Hài lòng", new Locator.GetByTextOptions().setExact(true)))
					.click();
			}
		}
		page.getByLabel("Rút ngắn thời gian giải quyết").check();
		Browser.screenshot(page, "survey", "1-phone-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phiếu")).click();
		assertThat(page.locator("h1")).hasText("Cảm ơn ông/bà đã trả lời");
		Browser.screenshot(page, "survey", "2-thanks");
		assertThat(scale).isEqualTo(16);
		assertThat(this.jdbc
			.sql("select sum(answers) from survey_tally t join survey_campaign c on c.id = t.campaign_id "
					+ "where c.public_token = ?")
			.param(token)
			.query(Long.class)
			.single()).isEqualTo(16);

		page.navigate("/s/" + token + "?ma=HS-J-001");
		questions.first().getByText("Bình thường", new Locator.GetByTextOptions().setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phiếu")).click();
		assertThat(page.locator("[role=alert]")).containsText("Mã không đúng hoặc đã được dùng");
		assertThat(questions.first().getByLabel("Bình thường")).isChecked();
		assertThat(violations).isEmpty();
	}

	private String campaign(String code) throws IOException {
		String yaml = new ClassPathResource("demo/questionnaire-sipas-2017.yaml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("code: SIPAS-2017",
					"code: " + TestRun.code("SJ") + "-" + UUID.randomUUID().toString().substring(0, 8));
		Instant now = this.clock.instant();
		long id = Actors.as(this.users, "admin", () -> {
			long questionnaire = this.surveys
				.addQuestionnaire(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
			long cycle = this.cycles.list()
				.stream()
				.filter((row) -> row.year() == 2025)
				.findFirst()
				.map(CycleRow::id)
				.orElseThrow();
			long unit = this.organisation.findByCode("SKHCN-2025").orElseThrow().id();
			long campaign = this.surveys.createCampaign(new CampaignForm(questionnaire, cycle, unit,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), 500));
			this.surveys.importCodes(campaign, List.of(code));
			return campaign;
		});
		return this.jdbc.sql("select public_token from survey_campaign where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
