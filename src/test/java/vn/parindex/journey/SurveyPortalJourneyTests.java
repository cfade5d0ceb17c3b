package vn.parindex.journey;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.survey.SurveyResultsFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin opens an approved period whose SIPAS and phiếu 02 results are in, sees that
 * the survey criteria take them (and which one has no survey), publishes, and then finds
 * the SIPAS index on the public portal: the ranking table with its interval and chart,
 * and the unit's page with the factors. Both public pages meet WCAG 2 AA.
 */
class SurveyPortalJourneyTests extends BrowserJourney {

	private static final String UNIT = "Sở Khoa học và Công nghệ";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Test
	void theAdminPublishesAndSeesTheSipasIndexOnThePortal() {
		ScoringTestFixtures.Approved approved = ScoringTestFixtures.approved(this.context);
		try {
			SurveyResultsFixtures.sipasAndPhieu02(this.context, approved.cycleId(), approved.unitId());
			Page admin = newPage();
			Journeys.signIn(admin, "admin");
			publish(admin, approved.cycleId());
			List<String> violations = new ArrayList<>(sipas(admin));
			violations.addAll(unitPage(admin));
			assertThat(violations).isEmpty();
		}
		finally {
			Actors.run(this.users, "admin",
					() -> this.context.getBean(CycleManagement.class).close(approved.cycleId()));
		}
	}

	private static void publish(Page page, long cycleId) {
		page.navigate("/results/" + cycleId);
		assertThat(page.locator(".alert.warning")).containsText(UNIT + ": 8.3");
		assertThat(page.locator("main")).containsText("SIPAS");
		page.getByLabel("Số, ký hiệu quyết định").fill("97/QĐ-UBND-HC");
		page.getByLabel("Ngày ký (dd/mm/yyyy)").fill("31/01/2026");
		page.getByLabel("Người ký").fill("Chủ tịch UBND tỉnh Đồng Tháp");
		Browser.screenshot(page, "survey-portal", "1-publish");
		page.locator("form[action$='/publish'] button[type=submit]").click();
		assertThat(page.locator(".flash")).containsText("Đã công bố");
	}

	/** From the portal's period page to the SIPAS ranking. */
	private static List<String> sipas(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trên trang công khai")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^SIPAS – ")))
			.click();
		assertThat(page.locator("h1")).containsText("năm");
		assertThat(page.locator("table.portal-ranking tbody tr").first()).containsText(UNIT);
		assertThat(page.locator("table.portal-ranking tbody tr").first()).containsText("93,00");
		assertThat(page.locator(".ranking-chart canvas")).isVisible();
		Browser.screenshot(page, "survey-portal", "2-sipas");
		return Axe.violations(page, "sipas");
	}

	private static List<String> unitPage(Page page) {
		page.locator("table.portal-ranking").getByRole(AriaRole.LINK).first().click();
		assertThat(page.locator("h1")).hasText(UNIT);
		assertThat(page.locator("main")).containsText("93,00%");
		assertThat(page.locator("main")).containsText("Tiếp cận dịch vụ");
		Browser.screenshot(page, "survey-portal", "3-unit");
		return Axe.violations(page, "unit-survey");
	}

}
