package vn.parindex.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.parindex.TestRun;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The yearly set-up in the browser: the admin clones the 2023 department framework into
 * 2024, changes a max point, sees the validation fault, fixes it, and opens a 2024 period
 * with it; the framework is then in use and says so.
 */
class FrameworkPeriodJourneyTests extends BrowserJourney {

	@Test
	void adminClonesLastYearsFrameworkFixesItAndOpensAPeriod() {
		Page page = newPage();
		Journeys.signIn(page, "admin");

		page.navigate("/admin/frameworks?year=2023");
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("sở, ban, ngành tỉnh (minh họa)"))
			.filter(new Locator.FilterOptions().setHasText("v1"))
			.first();
		row.getByText("Sao chép sang năm…").click();
		row.getByLabel("Năm đánh giá của bản sao").fill("2024");
		Browser.screenshot(page, "period", "1-clone");
		row.getByLabel("Năm đánh giá của bản sao").press("Enter");
		page.waitForURL(java.util.regex.Pattern.compile(".*/admin/frameworks/\\d+$"));
		String frameworkId = page.url().replaceAll(".*/admin/frameworks/(\\d+)$", "$1");
		assertThat(page.locator("main h1")).containsText("(minh họa)");
		assertThat(page.locator("#validation-panel")).containsText("Không có lỗi");

		page.getByLabel("Sửa mục 1.3.1").click();
		page.locator("#form-edit-1_3_1").getByLabel("Điểm tối đa").fill("1,5");
		page.locator("#form-edit-1_3_1 button.primary").click();
		assertThat(page.locator("#validation-panel")).containsText("Tổng điểm các mục con là 2,5, khác điểm tối đa 2");
		Browser.screenshot(page, "period", "2-fault");

		page.getByLabel("Sửa mục 1.3.1").click();
		page.locator("#form-edit-1_3_1").getByLabel("Điểm tối đa").fill("1");
		page.locator("#form-edit-1_3_1 button.primary").click();
		assertThat(page.locator("#validation-panel")).containsText("Không có lỗi");
		Browser.screenshot(page, "period", "3-fixed");

		page.navigate("/admin/periods/new");
		String name = "Kỳ đánh giá Chỉ số CCHC năm 2024 " + TestRun.SUFFIX;
		page.locator("#year").fill("2024");
		page.locator("#year").press("Tab");
		Locator departments = page.getByLabel("Cơ quan cấp tỉnh (sở, ban, ngành)");
		assertThat(departments.locator("option[value='" + frameworkId + "']")).hasCount(1);
		page.locator("#name").fill(name);
		departments.selectOption(frameworkId);
		String[][] phases = { { "2024-11-01T07:00", "2024-12-15T17:00" }, { "2024-12-16T07:00", "2024-12-31T17:00" },
				{ "2025-01-02T07:00", "2025-01-08T17:00" }, { "2025-01-09T07:00", "2025-01-15T17:00" },
				{ "2025-01-16T07:00", "2025-01-24T17:00" }, { "2025-01-25T07:00", "2025-01-31T17:00" } };
		for (int i = 0; i < phases.length; i++) {
			page.locator("#phase-" + i + "-start").fill(phases[i][0]);
			page.locator("#phase-" + i + "-end").fill(phases[i][1]);
		}
		Browser.screenshot(page, "period", "4-new-period");
		page.locator("form button.primary[type=submit]").first().click();
		assertThat(page.locator("main h1")).containsText(name);

		page.onceDialog((dialog) -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở kỳ đánh giá")).click();
		assertThat(page.locator("main")).containsText("Đang mở");
		assertThat(page.locator("main")).containsText("Sở Khoa học và Công nghệ");
		Browser.screenshot(page, "period", "5-opened");

		page.navigate("/admin/frameworks/" + frameworkId);
		assertThat(page.locator("main")).containsText(name);
		assertThat(page.getByLabel("Sửa mục 1.3.1")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo phiên bản mới")))
			.isVisible();
		Browser.screenshot(page, "period", "6-in-use");
	}

}
