package vn.parindex.journey;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Steps shared by the journeys.
 */
final class Journeys {

	static final String DEMO_PASSWORD = "DongThap@2026";

	private Journeys() {
	}

	static void signIn(Page page, String username) {
		page.navigate("/login");
		signInTyped(page, username, "Tên đăng nhập", "Mật khẩu");
	}

	/** Signs in on the login page already open, finding the fields by their labels. */
	static void signInTyped(Page page, String username, String userLabel, String passwordLabel) {
		page.getByLabel(userLabel, new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel(passwordLabel, new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("header .who")).isVisible();
	}

}
