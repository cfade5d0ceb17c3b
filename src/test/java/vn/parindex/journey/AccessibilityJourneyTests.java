package vn.parindex.journey;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core's WCAG 2 A and AA rules (labels, contrast, landmarks, names) on the pages
 * of every role, and walks the page start with the keyboard.
 */
class AccessibilityJourneyTests extends BrowserJourney {

	@Test
	void adminPagesMeetWcagAa() {
		Page page = newPage();
		List<String> violations = new ArrayList<>(Axe.check(page, "/login"));
		Journeys.signIn(page, "admin");
		for (String path : List.of("/admin", "/admin/units", "/admin/units/new", "/admin/units/import", "/admin/users",
				"/admin/users/new", "/admin/users/import", "/admin/audit", "/account/password", "/admin/units?lang=en",
				"/admin/periods", "/admin/periods/new", "/admin/periods/1", "/admin/frameworks/import",
				"/admin/frameworks/new", "/admin/appraisal-assignments", "/admin/appraisal-dashboard", "/appraisals",
				"/council", "/notifications", "/results/1", "/results/1/import", "/results/1/units/2/explain",
				"/admin/surveys", "/admin/surveys/campaigns/1", "/admin/surveys/campaigns/1/review",
				"/admin/surveys/periods/2", "/admin/surveys/questionnaires/import",
				"/admin/surveys/sample-size?dossiers=12000", "/admin/remediation", "/admin/awards",
				"/remediation/gaps")) {
			violations.addAll(Axe.check(page, path));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void unitAndViewerPagesMeetWcagAa() {
		Page officer = newPage();
		Journeys.signIn(officer, "canbo.skhcn");
		List<String> violations = new ArrayList<>(Axe.check(officer, "/my-unit"));
		violations.addAll(Axe.check(officer, "/admin/users"));
		violations.addAll(Axe.check(officer, "/periods"));
		violations.addAll(Axe.check(officer, "/periods/2"));
		violations.addAll(Axe.check(officer, "/remediation"));
		violations.addAll(Axe.check(officer, "/remediation/gaps"));
		Page leader = newPage();
		Journeys.signIn(leader, "lanhdao.skhcn");
		violations.addAll(Axe.check(leader, "/my-unit"));
		Page viewer = newPage();
		Journeys.signIn(viewer, "lanhdao.tinh");
		violations.addAll(Axe.check(viewer, "/overview"));
		violations.addAll(Axe.check(viewer, "/units"));
		violations.addAll(Axe.check(viewer, "/remediation"));
		violations.addAll(Axe.check(viewer, "/remediation/followup"));
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

}
