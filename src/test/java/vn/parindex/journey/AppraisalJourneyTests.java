package vn.parindex.journey;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalManagement;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.ScoreRow;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.EvidenceManagement;
import vn.parindex.shared.Formats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appraisal workflow end to end in Chromium, in a fresh period of its own: the unit
 * submits; the appraiser cuts leaf 1.1.2 (refused without a comment, then saved with one
 * and flagged) and closes round 1; the unit explains with a new file and the leader
 * locks; the appraiser re-scores in round 2; the chair approves and the leaf's history
 * shows every stage.
 */
class AppraisalJourneyTests extends BrowserJourney {

	private static final String UNIT = "Sở Khoa học và Công nghệ";

	private static final String LEADER_PASSWORD = "Mat-khau-thu-2026";

	private static final String CUT = "1.1.2";

	private static final String COMMENT = "Báo cáo chưa có phụ lục kết quả từng nhiệm vụ; đề nghị bổ sung.";

	private static final String ANSWER = "Đơn vị bổ sung phụ lục kết quả 50 nhiệm vụ của kế hoạch CCHC năm 2025.";

	private static final String FILE = "Phụ lục kết quả nhiệm vụ CCHC 2025.pdf";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	AppraisalManagement appraisals;

	@Test
	void appraiserCutsALeafTheUnitExplainsTheAppraiserRescoresAndTheChairApproves() throws IOException {
		AppraisalFixtures fixtures = AppraisalFixtures.of(this.context);
		long cycleId = fixtures.openPeriod();
		try {
			fixtures.assignAll(cycleId, AppraisalFixtures.APPRAISER);
			long id = officerStartsAndFills(cycleId);
			leaderSubmits(fixtures.leader(), id);
			appraiserCutsInRound1(fixtures, cycleId, id);
			officerExplains(id);
			leaderLocks(fixtures.leader(), id);
			appraiserRescoresInRound2(id);
			chairApproves(cycleId, id);
		}
		finally {
			// the period stops counting for other tests' lists, countdowns and reminders
			fixtures.closePeriods();
		}
	}

	private long officerStartsAndFills(long cycleId) {
		Page page = newPage();
		Journeys.signIn(page, AppraisalFixtures.OFFICER);
		page.navigate("/assessments");
		page.locator("form:has(input[name=cycle][value='" + cycleId + "']) button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Tự đánh giá năm 2025");
		assertThat(page.locator("h1 .badge")).hasText("Bản nháp");
		long id = Long.parseLong(page.url().replaceAll(".*/assessments/(\\d+).*", "$1"));
		AssessmentFixtures.fillAll(this.users, AppraisalFixtures.OFFICER, this.assessments, this.evidence, id,
				Set.of());
		page.reload();
		assertThat(page.locator("#progress")).containsText("Đã đủ điều kiện nộp");
		return id;
	}

	private void leaderSubmits(String leader, long id) {
		Page page = signedIn(leader, LEADER_PASSWORD);
		page.navigate("/assessments/" + id);
		page.locator("#progress a.button").click();
		assertThat(page.locator("h1")).hasText("Nộp kết quả tự chấm");
		page.locator("main form button[type=submit]", new Page.LocatorOptions().setHasText("Chốt và nộp")).click();
		assertThat(page.locator(".flash")).containsText("Đã nộp kết quả tự chấm");
		assertThat(page.locator("h1 .badge")).hasText("Đã nộp");
	}

	private void appraiserCutsInRound1(AppraisalFixtures fixtures, long cycleId, long id) {
		Page page = newPage();
		Journeys.signIn(page, AppraisalFixtures.APPRAISER);
		page.navigate("/appraisals");
		page.locator("#cycle").selectOption(String.valueOf(cycleId));
		page.locator("form.filters button[type=submit]").click();
		Locator row = page.locator("main table tbody tr", new Page.LocatorOptions().setHasText(UNIT));
		assertThat(row).containsText("Đã nộp");
		assertThat(row).containsText("Thẩm định lần 1");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(UNIT)).click();
		assertThat(page.locator("h1")).containsText("Thẩm định: " + UNIT);
		Browser.screenshot(page, "appraisal", "1-sheet");

		acceptAllBut(id, Set.of("1.1.1", CUT));
		page.navigate("/appraisals/" + id + "?area=1");
		Locator accepted = page.locator("#leaf-1_1_1");
		accepted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chấp nhận điểm tự chấm")).click();
		assertThat(page.locator(".flash")).hasText("Đã lưu điểm thẩm định tiêu chí 1.1.1.");
		assertThat(page.locator("#leaf-1_1_1 .rounds")).containsText("Thẩm định lần 1");

		Locator leaf = page.locator("#leaf-1_1_2");
		assertThat(leaf.locator(".unit-side")).containsText("2,00");
		leaf.locator("input[name=points]").fill("1");
		leaf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu điểm thẩm định")).click();
		assertThat(page.locator(".flash-error"))
			.hasText(Pattern.compile("^Tiêu chí 1\\.1\\.2: phải ghi nhận xét khi điểm thẩm định khác.*"));
		assertThat(page.locator("#leaf-1_1_2 .rounds")).not().containsText("Thẩm định lần 1");
		// nothing typed is lost: the refused points come back, with the reason on the
		// leaf
		assertThat(page.locator("#leaf-1_1_2 input[name=points]")).hasValue("1");
		assertThat(page.locator("#leaf-1_1_2 [role=alert]")).containsText("phải ghi nhận xét");
		Browser.screenshot(page, "appraisal", "2-comment-required");
		assertThat(Axe.violations(page, "appraisal sheet")).isEmpty();

		leaf = page.locator("#leaf-1_1_2");
		leaf.locator("input[name=points]").fill("1");
		leaf.locator("textarea[name=comment]").fill(COMMENT);
		leaf.locator("input[name=flagged]").check();
		leaf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu điểm thẩm định")).click();
		assertThat(page.locator(".flash")).hasText("Đã lưu điểm thẩm định tiêu chí 1.1.2.");
		Locator rounds = page.locator("#leaf-1_1_2 .rounds");
		assertThat(rounds).containsText("1,00");
		assertThat(rounds).containsText("Yêu cầu giải trình");
		assertThat(rounds).containsText(COMMENT);

		markOthersDone(fixtures, id);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành thẩm định lĩnh vực 1")).click();
		assertThat(page.locator(".flash")).hasText("Đã đánh dấu hoàn thành lĩnh vực.");
		assertThat(page.locator("p.lead")).containsText("Yêu cầu giải trình");
		assertThat(page.locator("p.lead")).containsText("Hạn giải trình:");
		assertThat(page.locator("p.lead")).containsText("Không có vòng đang mở");
		Browser.screenshot(page, "appraisal", "3-round1-closed");
	}

	private void officerExplains(long id) throws IOException {
		Page page = newPage();
		Journeys.signIn(page, AppraisalFixtures.OFFICER);
		page.navigate("/assessments/" + id);
		assertThat(page.locator("h1 .badge")).hasText("Yêu cầu giải trình");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Hội đồng thẩm định đã có yêu cầu giải trình: mở trang giải trình"))
			.click();
		assertThat(page.locator("h1")).hasText("Giải trình: " + UNIT);
		assertThat(page.locator("main article.leaf")).hasCount(1);
		Locator leaf = page.locator("#leaf-1_1_2");
		assertThat(leaf).containsText("Mức độ hoàn thành kế hoạch CCHC năm");
		assertThat(leaf.locator(".rounds")).containsText(COMMENT);
		assertThat(page.locator("p.lead")).containsText("0/1 tiêu chí đã giải trình");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chốt giải trình"))).hasCount(0);

		leaf.locator("textarea[name=answer]").fill(ANSWER);
		leaf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu giải trình")).click();
		assertThat(page.locator(".flash")).hasText("Đã lưu giải trình.");
		assertThat(page.locator("p.lead")).containsText("1/1 tiêu chí đã giải trình");
		assertThat(page.locator("#leaf-1_1_2 .rounds")).containsText(ANSWER);

		Path file = Files.createTempDirectory("journey").resolve(FILE);
		Files.write(file, AppraisalFixtures.pdf("Phụ lục giải trình " + id));
		leaf = page.locator("#leaf-1_1_2");
		leaf.locator("input[name=file]").setInputFiles(file);
		leaf.locator("input[name=docNumber]").fill("52/BC-SKHCN");
		leaf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lên")).click();
		assertThat(page.locator(".flash")).hasText("Đã tải lên tài liệu bổ sung.");
		Locator added = page.locator("#leaf-1_1_2 .evidence-list li", new Page.LocatorOptions().setHasText(FILE));
		assertThat(added).containsText("Bổ sung khi giải trình");
		assertThat(added).containsText("52/BC-SKHCN");
		Files.deleteIfExists(file);
		Browser.screenshot(page, "appraisal", "4-explained");
		assertThat(Axe.violations(page, "explanation")).isEmpty();
	}

	private void leaderLocks(String leader, long id) {
		Page page = signedIn(leader, LEADER_PASSWORD);
		page.onDialog(Dialog::accept);
		page.navigate("/appraisals/" + id + "/explanation");
		assertThat(page.locator("#leaf-1_1_2 .rounds")).containsText(ANSWER);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chốt giải trình")).click();
		assertThat(page.locator(".flash")).hasText("Đã chốt giải trình.");
		assertThat(page.locator("p.alert.info")).containsText("Đã chốt giải trình lúc");
		assertThat(page.locator("p.lead .badge")).hasText("Đã chốt giải trình");
		assertThat(page.locator("textarea[name=answer]")).hasCount(0);
	}

	private void appraiserRescoresInRound2(long id) {
		Page page = newPage();
		Journeys.signIn(page, AppraisalFixtures.APPRAISER);
		page.navigate("/appraisals/" + id + "?area=1");
		assertThat(page.locator("p.lead")).containsText("Đã chốt giải trình");
		assertThat(page.locator("p.lead")).containsText("Thẩm định lần 2");
		Locator leaf = page.locator("#leaf-1_1_2");
		assertThat(leaf.locator(".rounds")).containsText(ANSWER);
		assertThat(leaf.locator(".evidence-list")).containsText(FILE);
		assertThat(leaf.locator("label[for=points-1_1_2]")).hasText("Điểm thẩm định lần 2");

		leaf.locator("input[name=points]").fill("1,5");
		leaf.locator("textarea[name=comment]").fill("Đã bổ sung phụ lục; còn 5 nhiệm vụ chưa hoàn thành.");
		leaf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu điểm thẩm định")).click();
		assertThat(page.locator(".flash")).hasText("Đã lưu điểm thẩm định tiêu chí 1.1.2.");
		assertThat(page.locator("#leaf-1_1_2 .rounds")).containsText("1,50");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành thẩm định lĩnh vực 1")).click();
		assertThat(page.locator(".flash")).hasText("Đã đánh dấu hoàn thành lĩnh vực.");
		assertThat(page.locator("p.lead")).containsText("Đã thẩm định lần 2");
		Browser.screenshot(page, "appraisal", "5-round2-closed");
	}

	private void chairApproves(long cycleId, long id) {
		BigDecimal self = Actors.as(this.users, AppraisalFixtures.CHAIR, () -> this.appraisals.scores(id))
			.stream()
			.map(ScoreRow::selfPoints)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Page page = newPage();
		page.onDialog(Dialog::accept);
		Journeys.signIn(page, AppraisalFixtures.CHAIR);
		page.navigate("/council?cycle=" + cycleId);
		assertThat(page.locator("h1")).hasText("Tổng hợp kết quả thẩm định");
		Locator row = page.locator("table.council tbody tr", new Page.LocatorOptions().setHasText(UNIT));
		assertThat(row).hasCount(1);
		assertThat(row.locator("td").first()).containsText("Đã thẩm định lần 2");
		Locator totals = row.locator("td.num");
		// the totals come first, then the fields
		assertThat(totals.nth(0)).hasText(points(self));
		assertThat(totals.nth(1)).hasText(points(self.subtract(BigDecimal.ONE)));
		assertThat(totals.nth(2)).hasText(points(self.subtract(new BigDecimal("0.5"))));
		assertThat(totals.nth(3)).hasText(points(self.subtract(new BigDecimal("0.5"))));
		assertThat(totals.nth(4)).hasText("0,50");
		assertThat(page.locator("table.council thead")).containsText("TĐ2");
		Browser.screenshot(page, "appraisal", "6-council");
		assertThat(Axe.violations(page, "council")).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt kết quả thẩm định")).click();
		assertThat(page.locator(".flash")).hasText("Đã phê duyệt kết quả; điểm đã được khóa.");
		row = page.locator("table.council tbody tr", new Page.LocatorOptions().setHasText(UNIT));
		assertThat(row.locator("td").first()).containsText("Đã phê duyệt");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt kết quả thẩm định")))
			.hasCount(0);
		Browser.screenshot(page, "appraisal", "7-approved");

		page.navigate("/appraisals/" + id + "/history/" + CUT);
		assertThat(page.locator("h1")).hasText("Lịch sử điểm – " + CUT);
		Locator rows = page.locator("table.timeline tbody tr");
		assertThat(rows.locator("td:first-child"))
			.hasText(new String[] { "Tự chấm", "Thẩm định lần 1", "Giải trình", "Thẩm định lần 2", "Chính thức" });
		assertThat(rows.nth(1)).containsText(COMMENT);
		assertThat(rows.nth(2)).containsText(ANSWER);
		assertThat(rows.nth(4).locator("td.num")).hasText("1,50");
		assertThat(rows.nth(4)).containsText(AppraisalFixtures.CHAIR);
	}

	/**
	 * Round 1 through the facade: the self-score accepted on every leaf but those given.
	 */
	private void acceptAllBut(long id, Set<String> skipped) {
		Actors.run(this.users, AppraisalFixtures.APPRAISER, () -> {
			for (AppraisalSheet.Area area : this.appraisals.sheet(id, null).areas()) {
				for (AppraisalSheet.Leaf leaf : this.appraisals.sheet(id, area.code()).leaves()) {
					ScoreRow row = leaf.score();
					if (!skipped.contains(row.nodeCode()) && !row.round1Done()) {
						this.appraisals.score(id, row.nodeCode(), AppraisalFixtures.accept(row), row.version());
					}
				}
			}
		});
	}

	/** Every field but field 1 marked done through the facade. */
	private void markOthersDone(AppraisalFixtures fixtures, long id) {
		for (String area : fixtures.appraisedAreas(id, AppraisalFixtures.APPRAISER)) {
			if (!area.equals("1")) {
				Actors.run(this.users, AppraisalFixtures.APPRAISER, () -> this.appraisals.markDone(id, area));
			}
		}
	}

	private Page signedIn(String username, String password) {
		Page page = newPage();
		page.navigate("/login");
		page.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("header .who")).isVisible();
		return page;
	}

	private static String points(BigDecimal value) {
		return Formats.number(value, 2);
	}

}
