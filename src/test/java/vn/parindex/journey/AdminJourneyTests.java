package vn.parindex.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.parindex.TestRun;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin signs in, creates a unit and a user for it, and finds both in the audit log.
 */
class AdminJourneyTests extends BrowserJourney {

	@Test
	void adminCreatesUnitAndUserAndSeesBothInTheAuditLog() {
		String code = TestRun.code("J_PHUONG");
		String username = "canbo.hanhtrinh." + TestRun.SUFFIX.toLowerCase();
		Page page = newPage();
		Journeys.signIn(page, "admin");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Quản trị hệ thống");
		Browser.screenshot(page, "admin", "1-home");

		page.navigate("/admin/units/new");
		page.locator("#code").fill(code);
		page.locator("#name").fill("Phường Hành Trình Mới");
		page.locator("#shortName").fill("P. Hành Trình");
		page.locator("#type").selectOption("WARD");
		page.locator("#peerGroupId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("UBND xã, phường"));
		page.locator("#provinceId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tỉnh Đồng Tháp"));
		page.locator("#validFrom").fill("01/07/2025");
		Browser.screenshot(page, "admin", "2-unit-form");
		page.locator("form button.primary[type=submit]").click();
		assertThat(page.locator("main")).containsText("Phường Hành Trình Mới");
		assertThat(page.locator("main")).containsText("01/07/2025");
		Browser.screenshot(page, "admin", "3-unit-created");

		page.navigate("/admin/users/new");
		page.locator("#username").fill(username);
		page.locator("#fullName").fill("Đặng Thị Hành Trình");
		page.locator("#email").fill("hanhtrinh@dongthap.gov.vn");
		page.locator("#role").selectOption("UNIT_OFFICER");
		page.locator("#unitId")
			.selectOption(
					new com.microsoft.playwright.options.SelectOption().setLabel(code + " – Phường Hành Trình Mới"));
		page.locator("form button.primary[type=submit]").click();
		assertThat(page.locator(".alert.secret code")).hasCount(1);
		Browser.screenshot(page, "admin", "4-user-created");

		page.navigate("/admin/audit?actor=admin");
		assertThat(page.locator("main table")).containsText(code);
		assertThat(page.locator("main table")).containsText(username);
		Browser.screenshot(page, "admin", "5-audit");
	}

}
