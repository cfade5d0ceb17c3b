package vn.parindex.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.EvidenceDetails;
import vn.parindex.assessment.EvidenceManagement;
import vn.parindex.assessment.EvidenceRow;
import vn.parindex.assessment.SubmissionManagement;
import vn.parindex.assessment.Workspace;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.assessment.EntryInput;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment, end to end in Chromium: the officer fills the last three leaves
 * (autosaved, scored by the server), uploads a PDF with the progress bar and watches the
 * total move; the leader submits; another unit's officer is refused the file.
 */
class SelfAssessmentJourneyTests extends BrowserJourney {

	private static final Set<String> LAST = Set.of("1.1.1", "1.1.2", "2.2");

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	SubmissionManagement submissions;

	@Test
	void officerFillsUploadsAndTheLeaderSubmits() throws IOException {
		long id = prepare();
		try {
			String fileUrl = officerFinishes(id);
			leaderSubmits(id);
			otherUnitIsRefused(fileUrl);
		}
		finally {
			Actors.run(this.users, "lanhdao.skhcn", () -> {
				Workspace workspace = this.assessments.workspace(id);
				if (workspace.can().withdraw()) {
					this.submissions.withdraw(id, workspace.header().version(), "Dọn dẹp sau kiểm thử");
				}
			});
		}
	}

	private String officerFinishes(long id) throws IOException {
		Page page = newPage();
		Journeys.signIn(page, "canbo.skhcn");
		page.navigate("/assessments");
		// other tests open 2025 periods of their own: take the demo's row
		page.locator("tr", new Page.LocatorOptions().setHasText("Kỳ đánh giá Chỉ số CCHC năm 2025"))
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Mở bảng tự chấm"))
			.click();
		assertThat(page.locator("h1")).containsText("Tự đánh giá năm 2025");
		page.locator("nav.filters a", new Page.LocatorOptions().setHasText("Chưa chấm")).click();
		assertThat(page.locator("nav.filters a.active")).hasText("Chưa chấm (3)");
		String before = page.locator("#progress .big").innerText();

		Locator binary = page.locator("#leaf-1_1_1");
		binary.getByLabel("Đạt", new Locator.GetByLabelOptions().setExact(true)).check();
		assertThat(binary.locator(".leaf-status")).containsText("Đã lưu lúc");
		assertThat(page.locator("#score-1_1_1")).hasText("1,00");

		Locator ratio = page.locator("#leaf-1_1_2");
		ratio.getByLabel("Tử số").fill("45");
		ratio.getByLabel("Mẫu số").fill("50");
		ratio.getByLabel("Mẫu số").press("Tab");
		assertThat(page.locator("#score-1_1_2")).hasText("1,00");
		ratio.getByLabel("Thuyết minh").fill("Hoàn thành 45/50 nhiệm vụ của kế hoạch CCHC năm 2025.");
		assertThat(ratio.locator(".leaf-status")).containsText("Đã lưu lúc");

		page.locator("#leaf-2_2").getByLabel("Đạt", new Locator.GetByLabelOptions().setExact(true)).check();
		assertThat(page.locator("#score-2_2")).hasText("2,00");
		assertThat(page.locator("#progress")).containsText("33/33");
		assertThat(page.locator("#progress .big")).not().hasText(before);
		String total = Actors.as(this.users, "canbo.skhcn",
				() -> vn.parindex.shared.Formats.number(this.assessments.workspace(id).overall().self(), 2));
		assertThat(page.locator("#progress .big")).containsText(total);
		Browser.screenshot(page, "self-assessment", "1-filled");

		upload(page);
		Locator list = page.locator("#leaf-1_1_2 .evidence-list");
		assertThat(list).containsText("Báo cáo CCHC năm 2025.pdf");
		assertThat(page.locator("#progress")).containsText("Đã đủ điều kiện nộp");
		List<String> violations = Axe.violations(page, "/assessments/" + id);
		assertThat(violations).isEmpty();
		Browser.screenshot(page, "self-assessment", "2-uploaded");
		String viewUrl = list.locator("a").first().getAttribute("href");
		return viewUrl.replace("/view", "");
	}

	private void upload(Page page) throws IOException {
		Path file = Files.createTempDirectory("journey").resolve("Báo cáo CCHC năm 2025.pdf");
		byte[] pdf = AssessmentFixtures.pdf();
		byte[] padded = Arrays.copyOf(pdf, pdf.length + 3 * 1024 * 1024);
		Arrays.fill(padded, pdf.length, padded.length, (byte) ' ');
		Files.write(file, padded);
		page.evaluate("""
				() => { window.bars = []; document.addEventListener('htmx:xhr:progress', (e) => {
				  const bar = e.detail.elt.closest('form').querySelector('.upload-progress');
				  window.bars.push(bar.hidden ? -1 : bar.value); }); }""");
		Locator leaf = page.locator("#leaf-1_1_2");
		leaf.locator("summary", new Locator.LocatorOptions().setHasText("Thêm tài liệu kiểm chứng")).click();
		leaf.locator("input[type=file]").setInputFiles(file);
		leaf.locator("form.upload").getByLabel("Số, ký hiệu").fill("45/BC-SKHCN");
		leaf.locator("form.upload").getByLabel("Cơ quan ban hành").fill("Sở Khoa học và Công nghệ");
		leaf.locator("form.upload button[type=submit]").click();
		assertThat(page.locator("#leaf-1_1_2 .evidence-list")).containsText("45/BC-SKHCN");
		@SuppressWarnings("unchecked")
		List<Number> bars = (List<Number>) page.evaluate("() => window.bars");
		assertThat(bars).as("the progress bar showed the upload").isNotEmpty().anyMatch((v) -> v.intValue() > 0);
		Files.deleteIfExists(file);
	}

	private void leaderSubmits(long id) {
		Page page = newPage();
		Journeys.signIn(page, "lanhdao.skhcn");
		page.navigate("/assessments/" + id);
		assertThat(page.locator("#leaf-1_1_1 input[type=radio]").first()).isDisabled();
		page.locator("#progress a.button").click();
		assertThat(page.locator("h1")).hasText("Nộp kết quả tự chấm");
		page.locator("main form button[type=submit]", new Page.LocatorOptions().setHasText("Chốt và nộp")).click();
		assertThat(page.locator(".flash")).containsText("Đã nộp kết quả tự chấm");
		assertThat(page.locator("h1 .badge")).hasText("Đã nộp");
		Browser.screenshot(page, "self-assessment", "3-submitted");
	}

	private void otherUnitIsRefused(String fileUrl) {
		Page page = newPage();
		Journeys.signIn(page, "canbo.stp");
		Response response = page.navigate(fileUrl);
		assertThat(response.status()).isEqualTo(403);
		assertThat(new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
	}

	/**
	 * SKHCN's assessment with everything done but the three leaves, and no evidence on
	 * 1.1.2.
	 */
	private long prepare() {
		long cycleId = AssessmentFixtures.openPeriod(this.users, this.cycles);
		long id = AssessmentFixtures.assessmentOf(this.users, "canbo.skhcn", this.assessments, cycleId);
		AssessmentFixtures.fillAll(this.users, "canbo.skhcn", this.assessments, this.evidence, id, LAST);
		Actors.run(this.users, "canbo.skhcn", () -> {
			Workspace workspace = this.assessments.workspace(id);
			long fileId = workspace.files().get(0).id();
			for (Workspace.Node node : workspace.nodes()) {
				String code = node.definition().code();
				if (!LAST.contains(code) || node.entry() == null) {
					continue;
				}
				this.assessments.save(id, code, new EntryInput(RuleInput.EMPTY, null, false, null),
						node.entry().version());
				for (EvidenceRow row : node.evidence()) {
					this.evidence.remove(id, row.id());
				}
				if (!code.equals("1.1.2")) {
					this.evidence.reuse(id, code, fileId, new EvidenceDetails("01/QĐ-SKHCN", null, null, null));
				}
			}
		});
		return id;
	}

}
