package vn.parindex.journey;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.TestRun;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.SurveyManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tablet registered at the one-stop office of Sở Tư pháp takes two responses in a row:
 * no code is asked, the thank-you screen leads back to an empty form, and a revoked
 * tablet stops at once.
 */
class KioskJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKioskAnswersTwiceInARow() {
		SurveyFixtures.Created campaign = SurveyFixtures.campaign(this.context, "STP-2025", List.of());
		SurveyManagement surveys = this.context.getBean(SurveyManagement.class);
		long unit = this.context.getBean(OrganisationManagement.class).findByCode("STP-2025").orElseThrow().id();
		String token = Actors.as(this.users, "admin",
				() -> surveys.registerKiosk(unit, "Quầy 2 – " + TestRun.code("K")));
		Page page = newPage();
		page.setViewportSize(1280, 800);
		page.navigate("/kiosk/" + token);
		assertThat(page.locator("h1")).containsText("Sở Tư pháp");
		assertThat(page.getByLabel("Mã hồ sơ")).hasCount(0);
		answer(page, "Rất hài lòng");
		Browser.screenshot(page, "kiosk", "1-thanks");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phiếu mới")).click();
		assertThat(page.locator("input[type=radio]:checked")).hasCount(0);
		answer(page, "Bình thường");
		assertThat(this.jdbc.sql("select count(*) from survey_response where campaign_id = ? and channel = 'KIOSK'")
			.param(campaign.id())
			.query(Long.class)
			.single()).isEqualTo(2);

		long kiosk = this.jdbc.sql("select id from survey_kiosk order by id desc limit 1").query(Long.class).single();
		Actors.run(this.users, "admin", () -> surveys.revokeKiosk(kiosk));
		assertThat(page.navigate("/kiosk/" + token).status()).isEqualTo(404);
	}

	private static void answer(Page page, String level) {
		Locator questions = page.locator("fieldset.survey-question");
		for (int i = 0; i < 3; i++) {
			questions.nth(i).getByText(level, new Locator.GetByTextOptions().setExact(true)).click();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phiếu")).click();
		assertThat(page.locator("h1")).hasText("Cảm ơn ông/bà đã trả lời");
	}

}
