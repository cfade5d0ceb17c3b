package vn.parindex.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringTestFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After publication: the unit's officer completes the drafted remediation plan line by
 * line, the leader approves and sends it, and the Sở Nội vụ finds it received on the
 * follow-up dashboard. Then the admin opens the gap analysis of the last department of
 * the published 2023 results, gives its lost criteria their full points in the simulator
 * and sees the rank rise, with nothing saved. Every page meets WCAG 2 AA.
 */
class RemediationJourneyTests extends BrowserJourney {

	private static final String UNIT = "Sở Khoa học và Công nghệ";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicResults results;

	@Test
	void theUnitSendsItsPlanTheAdminFollowsItAndTheSimulatorShowsARankChange() {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.context);
		try {
			List<String> violations = new ArrayList<>();
			Page officer = newPage();
			Journeys.signIn(officer, "canbo.skhcn");
			long planId = openPlan(officer, published.cycleId());
			violations.addAll(completePlan(officer));
			Page leader = newPage();
			Journeys.signIn(leader, "lanhdao.skhcn");
			submit(leader, planId);
			Page admin = newPage();
			Journeys.signIn(admin, "admin");
			violations.addAll(dashboard(admin, published.cycleId()));
			violations.addAll(simulate(admin));
			assertThat(violations).isEmpty();
		}
		finally {
			Actors.run(this.users, "admin",
					() -> this.context.getBean(CycleManagement.class).close(published.cycleId()));
		}
	}

	/** From the menu to the period's plan; its id. */
	private static long openPlan(Page page, long cycleId) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch khắc phục").setExact(true))
			.first()
			.click();
		page.navigate("/remediation?cycle=" + cycleId);
		page.locator("main a[href*='/remediation/plans/']").first().click();
		assertThat(page.locator("h1")).containsText("Kế hoạch khắc phục");
		assertThat(page.locator("table.plan-items")).containsText(ScoringTestFixtures.CUT);
		assertThat(page.locator("table.plan-items")).containsText("Thiếu báo cáo quý IV");
		String url = page.url();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
	}

	/** Each drafted line gets its cause, action, officer and due date, saved in place. */
	private static List<String> completePlan(Page page) {
		Locator rows = page.locator("table.plan-items tbody tr.plan-item");
		int count = rows.count();
		assertThat(count).isPositive();
		String due = LocalDate.now().plusMonths(3).toString();
		for (int i = 0; i < count; i++) {
			Locator row = page.locator("table.plan-items tbody tr.plan-item").nth(i);
			row.getByLabel("Nguyên nhân").fill("Chưa theo dõi tiến độ báo cáo " + (i + 1));
			row.getByLabel("Giải pháp khắc phục").fill("Giao phòng phụ trách lập lịch báo cáo hằng quý");
			row.getByLabel("Người thực hiện").fill("Nguyễn Văn An");
			row.getByLabel("Thời hạn").fill(due);
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
			assertThat(page.locator("table.plan-items tbody tr.plan-item").nth(i).getByRole(AriaRole.STATUS))
				.containsText("Đã lưu");
		}
		Browser.screenshot(page, "remediation", "1-plan");
		return Axe.violations(page, "remediation-plan");
	}

	private static void submit(Page page, long planId) {
		page.navigate("/remediation/plans/" + planId);
		page.onDialog(Dialog::accept);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và gửi Sở Nội vụ")).click();
		assertThat(page.locator("main")).containsText("Đã gửi kế hoạch cho Sở Nội vụ");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và gửi Sở Nội vụ")))
			.hasCount(0);
	}

	/** The plan shows as received, none of its lines done yet. */
	private static List<String> dashboard(Page page, long cycleId) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theo dõi khắc phục")).first().click();
		page.navigate("/admin/remediation?cycle=" + cycleId);
		Locator row = page.locator("#followup-units tbody tr").filter(new Locator.FilterOptions().setHasText(UNIT));
		assertThat(row).containsText("Đã gửi Sở Nội vụ");
		assertThat(row.locator("[data-col=done]")).hasText("0");
		assertThat(page.locator("[data-count=received]")).not().hasText("0");
		Browser.screenshot(page, "remediation", "2-dashboard");
		return Axe.violations(page, "remediation-dashboard");
	}

	/**
	 * The last ranked department of 2023 gets full points on every lost criterion and
	 * moves up.
	 */
	private List<String> simulate(Page page) {
		PublishedResults demo = demo2023();
		ResultsSnapshot.Unit last = demo.snapshot()
			.groups()
			.stream()
			.filter((group) -> group.units().size() > 3)
			.findFirst()
			.orElseThrow()
			.units()
			.stream()
			.filter((unit) -> unit.result().rank() != null)
			.max(Comparator.comparing((ResultsSnapshot.Unit unit) -> unit.result().rank()))
			.orElseThrow();
		page.navigate("/remediation/gaps/" + demo.publication().id() + "/units/" + last.result().unitId());
		assertThat(page.locator("h1")).containsText(last.result().unitName());
		Locator losing = page.locator("form.simulator tr.losing input[type=number]");
		assertThat(losing.count()).isPositive();
		for (int i = 0; i < losing.count(); i++) {
			Locator input = losing.nth(i);
			input.fill(input.getAttribute("max"));
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tính thử")).click();
		assertThat(page.locator("#simulated-rank")).containsText("↑ tăng");
		assertThat(page.locator("#simulation-result")).containsText("Không lưu kết quả");
		Browser.screenshot(page, "remediation", "3-simulator");
		List<String> violations = Axe.violations(page, "remediation-simulator");
		page.reload();
		assertThat(page.locator("#simulated-rank")).hasCount(0);
		return violations;
	}

	/** The demo's 2023 results, published here if the suite has not published them. */
	private PublishedResults demo2023() {
		long cycleId = Actors.as(this.users, "admin",
				() -> this.context.getBean(CycleManagement.class)
					.list()
					.stream()
					.filter((cycle) -> cycle.year() == 2023 && cycle.status() == CycleStatus.CLOSED)
					.findFirst()
					.orElseThrow()
					.id());
		return this.results.latest(cycleId).orElseGet(() -> {
			long id = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
				.publish(cycleId, ScoringTestFixtures.DECISION, null));
			return this.results.publication(id).orElseThrow();
		});
	}

}
