package vn.parindex.journey;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The language switch turns the labels to English and back, and the choice sticks across
 * pages.
 */
class LanguageJourneyTests extends BrowserJourney {

	@Test
	void switchesLabelsBetweenVietnameseAndEnglish() {
		Page page = newPage();
		page.navigate("/login");
		assertThat(page.locator("label[for=username]")).hasText("Tên đăng nhập");
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		Browser.screenshot(page, "language", "1-vietnamese");

		page.getByText("English").click();
		assertThat(page.locator("label[for=username]")).hasText("Username");
		assertThat(page.locator("h1")).hasText("Sign in");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Browser.screenshot(page, "language", "2-english");

		Journeys.signInTyped(page, "lanhdao.tinh", "Username", "Password");
		assertThat(page.locator("nav.main-menu")).containsText("Home");
		assertThat(page.locator("header .who")).containsText("Provincial leader (read-only)");
		Browser.screenshot(page, "language", "3-english-home");

		page.navigate("/units?year=2023");
		assertThat(page.locator("h1")).not().containsText("Đơn vị");
		page.getByText("Tiếng Việt").click();
		assertThat(page.locator("nav.main-menu")).containsText("Trang chủ");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/units\\?year=2023&lang=vi$"));
		assertThat(page.locator("#year")).hasValue("2023");
	}

}
