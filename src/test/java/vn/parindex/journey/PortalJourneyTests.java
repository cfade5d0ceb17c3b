package vn.parindex.journey;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ScoringTestFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor nobody signed in opens the portal, picks a freshly published period, sees its
 * ranking as a table and a chart, and opens a unit's page; both pages meet WCAG 2 AA.
 */
class PortalJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicResults results;

	@Test
	void aVisitorOpensThePublishedRankingAndAUnitsPage() {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.context);
		try {
			PublishedResults results = this.results.publication(published.publicationId()).orElseThrow();
			String unit = results.snapshot().unit(published.unitId()).orElseThrow().result().unitName();
			Page page = newPage();
			List<String> violations = new ArrayList<>(ranking(page, results.publication().cycleName(), unit));
			violations.addAll(unitPage(page, unit));
			violations.addAll(otherPages(page, published));
			assertThat(violations).isEmpty();
		}
		finally {
			Actors.run(this.users, "admin",
					() -> this.context.getBean(CycleManagement.class).close(published.cycleId()));
		}
	}

	/** From the home page to the period's ranking: the table and its chart. */
	private static List<String> ranking(Page page, String period, String unit) {
		page.navigate("/portal");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(period).setExact(true)).click();
		assertThat(page.locator("table.portal-ranking")).containsText(unit);
		assertThat(page.locator(".ranking-chart canvas")).isVisible();
		Browser.screenshot(page, "portal", "1-ranking");
		return Axe.violations(page, "ranking");
	}

	private static List<String> unitPage(Page page, String unit) {
		page.locator("table.portal-ranking")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(unit))
			.click();
		assertThat(page.locator("h1")).hasText(unit);
		assertThat(page.locator(".field-chart canvas")).isVisible();
		Browser.screenshot(page, "portal", "2-unit");
		return Axe.violations(page, "unit");
	}

	private static List<String> otherPages(Page page, ScoringTestFixtures.Published published) {
		String base = "/portal/" + published.publicationId();
		long id = published.unitId();
		List<String> violations = new ArrayList<>();
		for (String path : List.of("/portal", base + "/compare?a=" + id + "&b=" + id, "/portal/search?q=so+khoa",
				"/portal/embed/" + published.publicationId(), base + "?lang=en")) {
			violations.addAll(Axe.check(page, path));
		}
		return violations;
	}

}
