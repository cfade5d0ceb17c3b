package vn.parindex.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.TestClock;
import vn.parindex.survey.SurveyFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen at the one-stop office scans the QR code of the receipt on a phone: the form
 * opens with the dossier code filled in, fits the screen, is answered by touch and sent;
 * the same code cannot answer twice. The form meets WCAG 2 AA.
 */
class SurveyJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aCitizenAnswersOnAPhoneWithTheCodeOfTheReceipt() {
		String token = campaign("HS-J-001");
		Page page = newPage();
		page.setViewportSize(390, 844);
		// shown a minute ago: a response sent sooner than a person reads the form is held
		// for review, not counted
		this.clock.set(Instant.now().minusSeconds(60));
		try {
			page.navigate("/s/" + token + "?ma=HS-J-001");
		}
		finally {
			this.clock.reset();
		}
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

	private String campaign(String code) {
		return SurveyFixtures.campaign(this.context, List.of(code)).token();
	}

}
