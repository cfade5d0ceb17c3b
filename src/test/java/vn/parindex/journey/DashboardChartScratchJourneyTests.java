package vn.parindex.journey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalManagement;

import static org.assertj.core.api.Assertions.assertThat;

// SCRATCH (helper, to be deleted): ECharts renders under the CSP.
class DashboardChartScratchJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AppraisalManagement appraisals;

	@Test
	void chart() {
		AppraisalFixtures fixtures = AppraisalFixtures.of(this.context);
		AppraisalFixtures.Submitted period = fixtures.submittedPeriod();
		long id = period.assessmentId();
		List<String> areas = fixtures.appraisedAreas(id, AppraisalFixtures.APPRAISER);
		for (String area : areas) {
			fixtures.appraiseArea(id, area, AppraisalFixtures.APPRAISER,
					Map.of("1.1.2", new vn.parindex.appraisal.ScoreForm(BigDecimal.ONE, false, "Thiếu", false)));
		}
		for (String area : areas) {
			Actors.run(this.users, AppraisalFixtures.APPRAISER, () -> this.appraisals.markDone(id, area));
		}
		Page page = newPage();
		List<String> console = new ArrayList<>();
		page.onConsoleMessage((m) -> console.add(m.type() + ": " + m.text()));
		page.onPageError((e) -> console.add("pageerror: " + e));
		page.onResponse((r) -> {
			if (r.status() >= 400) {
				System.out.println("SCRATCH " + r.status() + " " + r.url());
			}
		});
		Journeys.signIn(page, "admin");
		page.navigate("/admin/appraisal-dashboard?cycle=" + period.cycleId());
		page.waitForTimeout(1500);
		page.locator(".cut-chart")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/dashboard-chart-only.png")));
		page.locator("#field-cuts")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/dashboard-cuts.png")));
		page.screenshot(
				new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/dashboard-top.png")));
		page.locator("tr[data-unit='SKHCN-2025']").hover();
		page.locator(".cut-chart").hover();
		page.waitForTimeout(500);
		page.locator(".cut-chart")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/dashboard-chart-hover.png")));
		Object canvases = page.evaluate("document.querySelectorAll('.cut-chart canvas').length");
		Object hidden = page.evaluate("document.querySelector('.cut-chart').hidden");
		System.out.println("SCRATCH canvases=" + canvases + " hidden=" + hidden + " console=" + console);
		page.navigate("/admin/appraisal-dashboard?cycle=" + period.cycleId() + "&lang=en");
		page.waitForTimeout(1000);
		page.locator(".cut-chart")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/dashboard-chart-en.png")));
		assertThat(console).isEmpty();
		assertThat(canvases).isEqualTo(1);
	}

}
