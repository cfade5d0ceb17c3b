package vn.parindex.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.organisation.OrganisationManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit officer signs in, lands on their unit's page, sees no admin menu, and gets the
 * 403 page when typing an admin URL.
 */
class UnitOfficerJourneyTests extends BrowserJourney {

	@Autowired
	OrganisationManagement organisation;

	@Test
	void officerSeesOwnHomeAndIsRefusedAdminPages() {
		Page page = newPage();
		Journeys.signIn(page, "canbo.skhcn");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-unit$"));
		assertThat(page.locator("h1")).hasText("Sở Khoa học và Công nghệ");
		assertThat(page.locator("header .who")).containsText("Cán bộ đầu mối CCHC");
		assertThat(page.locator("nav.main-menu")).not().containsText("Nhật ký hệ thống");
		assertThat(page.locator("main")).containsText("Phòng Chuyển đổi số");
		Browser.screenshot(page, "officer", "1-home");

		Response response = page.navigate("/admin/users");
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
		Browser.screenshot(page, "officer", "2-forbidden");

		Response api = page.navigate("/api/v1/units/" + otherUnitId());
		assertThat(api.status()).isEqualTo(403);
	}

	private long otherUnitId() {
		return this.organisation.findByCode("STP-2025").orElseThrow().id();
	}

}
