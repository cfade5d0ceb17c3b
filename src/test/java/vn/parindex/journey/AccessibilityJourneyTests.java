package vn.parindex.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core's WCAG 2 A and AA rules (labels, contrast, landmarks, names) on the pages
 * of every role, and walks the page start with the keyboard.
 */
class AccessibilityJourneyTests extends BrowserJourney {

	static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	@Test
	void adminPagesMeetWcagAa() {
		Page page = newPage();
		List<String> violations = new ArrayList<>(check(page, "/login"));
		Journeys.signIn(page, "admin");
		for (String path : List.of("/admin", "/admin/units", "/admin/units/new", "/admin/units/import", "/admin/users",
				"/admin/users/new", "/admin/users/import", "/admin/audit", "/account/password", "/admin/units?lang=en",
				"/admin/periods", "/admin/periods/new", "/admin/periods/1", "/admin/frameworks/import")) {
			violations.addAll(check(page, path));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void unitAndViewerPagesMeetWcagAa() {
		Page officer = newPage();
		Journeys.signIn(officer, "canbo.skhcn");
		List<String> violations = new ArrayList<>(check(officer, "/my-unit"));
		violations.addAll(check(officer, "/admin/users"));
		violations.addAll(check(officer, "/periods"));
		violations.addAll(check(officer, "/periods/2"));
		Page leader = newPage();
		Journeys.signIn(leader, "lanhdao.skhcn");
		violations.addAll(check(leader, "/my-unit"));
		Page viewer = newPage();
		Journeys.signIn(viewer, "lanhdao.tinh");
		violations.addAll(check(viewer, "/overview"));
		violations.addAll(check(viewer, "/units"));
		assertThat(violations).isEmpty();
	}

	@Test
	void keyboardReachesTheSkipLinkFirstAndItMovesFocusToTheContent() {
		Page page = newPage();
		Journeys.signIn(page, "admin");
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("main#main")).isFocused();
	}

	private static List<String> check(Page page, String path) {
		page.navigate(path);
		page.evaluate(axeSource());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations
				    .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))
				""");
		return found.stream()
			.map((v) -> path + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes"))
			.toList();
	}

	private static String axeSource() {
		try (InputStream in = AccessibilityJourneyTests.class.getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException("axe-core webjar missing from the test classpath: " + AXE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
