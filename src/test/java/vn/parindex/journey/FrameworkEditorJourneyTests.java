package vn.parindex.journey;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.FrameworkManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat edits a copy of a framework in the browser: inline edits swap the tree
 * and the validation panel, a typo stays in the form, the try box answers as you type,
 * the rule fields follow the rule type; every framework page meets WCAG 2 AA.
 */
class FrameworkEditorJourneyTests extends BrowserJourney {

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	UserDetailsService users;

	@Test
	void adminEditsANodeInPlaceAndSeesTheSumsAndTheCheckFollow() {
		long copy = workingCopy();
		Page page = newPage();
		Journeys.signIn(page, "admin");
		page.navigate("/admin/frameworks/" + copy);
		assertThat(page.locator("#validation-panel")).containsText("Không có lỗi");

		page.getByLabel("Sửa mục 1.1.2").click();
		Locator form = page.locator("#form-edit-1_1_2");
		form.getByLabel("Điểm tối đa").fill("abc");
		form.locator("button.primary").click();
		assertThat(form.locator(".field-error")).containsText("không phải là số");
		page.locator("#form-edit-1_1_2")
			.screenshot(new Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/framework-0-form.png")));

		form.getByLabel("Điểm tối đa").fill("3");
		form.locator("button.primary").click();
		assertThat(page.locator("#validation-panel")).containsText("khác điểm tối đa 3");
		assertThat(page.locator("[id='node-1.1'] .fw-issues").first()).containsText("khác điểm tối đa");
		assertThat(page.locator("#form-edit-1_1_2")).hasCount(0);
		page.locator("[id='node-1.1']")
			.screenshot(new Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/framework-1-fault.png")));

		page.getByLabel("Sửa mục 1.1.2").click();
		page.locator("#form-edit-1_1_2").getByLabel("Điểm tối đa").fill("2");
		page.locator("#form-edit-1_1_2 button.primary").click();
		assertThat(page.locator("#validation-panel")).containsText("Không có lỗi");
	}

	@Test
	void theTryBoxAnswersAsYouTypeAndTheRuleFieldsFollowTheRuleType() {
		long copy = workingCopy();
		Page page = newPage();
		Journeys.signIn(page, "admin");
		page.navigate("/admin/frameworks/" + copy);
		Locator row = page.locator("[id='node-1.1.2'] .fw-row");
		row.locator(".fw-try summary").click();
		row.getByLabel("Tử số").fill("80");
		row.getByLabel("Mẫu số").fill("100");
		assertThat(row.locator(".fw-try-result")).hasText("= 1,00 điểm");
		row.getByLabel("Mẫu số").fill("");
		assertThat(row.locator(".fw-try-result")).containsText("Mẫu số");

		page.getByLabel("Sửa mục 1.1.2").click();
		Locator form = page.locator("#form-edit-1_1_2");
		assertThat(form.getByLabel("Bậc 1: từ")).hasValue("100");
		int tiers = form.locator("tbody tr").count();
		form.getByText("Thêm bậc").click();
		assertThat(form.locator("tbody tr")).hasCount(tiers + 1);
		form.getByLabel("Quy tắc chấm điểm").selectOption("PENALTY");
		assertThat(form.getByText("Các loại vi phạm").first()).isVisible();
		form.getByText("Huỷ").click();
		assertThat(page.locator("#form-edit-1_1_2")).hasCount(0);
		assertThat(page.locator("[id='node-1.1.2'] .fw-row")).containsText("≥ 100: 2");

		page.getByLabel("Thêm mục con của 1.1", new Page.GetByLabelOptions().setExact(true)).click();
		Locator added = page.locator("#form-new-1_1");
		assertThat(added.getByLabel("Mã")).hasValue("1.1.3");
		added.getByLabel("Tên (tiếng Việt)").fill("Tiêu chí thêm trong trình duyệt");
		added.getByLabel("Điểm tối đa").fill("0,5");
		added.locator("button.primary").click();
		assertThat(page.locator("[id='node-1.1.3']")).containsText("Tiêu chí thêm trong trình duyệt");
		assertThat(page.locator("#validation-panel")).containsText("khác điểm tối đa 3");
		page.getByLabel("Thêm mục con của 1.2", new Page.GetByLabelOptions().setExact(true)).click();
		page.locator("#form-new-1_2").getByText("Huỷ").click();
		assertThat(page.locator("#form-new-1_2")).hasCount(0);

		page.getByText("Thu gọn tất cả").click();
		assertThat(page.locator("[id='node-1'] > details")).not().hasAttribute("open", "");
		page.getByText("Mở tất cả").click();
		assertThat(page.locator("[id='node-1'] > details")).hasAttribute("open", "");
	}

	@Test
	void frameworkPagesMeetWcagAa() {
		long copy = workingCopy();
		Page page = newPage();
		Journeys.signIn(page, "admin");
		List<String> violations = new ArrayList<>();
		for (String path : List.of("/admin/frameworks", "/admin/frameworks/" + copy,
				"/admin/frameworks/" + copy + "/nodes/1.1.2/edit", "/admin/frameworks/" + copy + "/nodes/9.2/edit",
				"/frameworks/" + copy + "/print", "/admin/frameworks/" + copy + "/diff?with=" + demo(),
				"/admin/frameworks/" + copy + "?lang=en")) {
			violations.addAll(Axe.check(page, path));
		}
		page.navigate("/admin/frameworks/" + copy + "?lang=vi");
		page.getByLabel("Sửa mục 1.1.2").click();
		assertThat(page.locator("#form-edit-1_1_2")).isVisible();
		violations.addAll(Axe.violations(page, "inline form"));
		assertThat(violations).isEmpty();
	}

	private long demo() {
		return Actors.as(this.users, "admin",
				() -> this.frameworks.list(2025)
					.stream()
					.filter((row) -> row.unitTypes().equals("DEPARTMENT") && row.versionNo() == 1)
					.findFirst()
					.orElseThrow()
					.id());
	}

	private long workingCopy() {
		long demo = demo();
		return Actors.as(this.users, "admin", () -> this.frameworks.copy(demo, 2099));
	}

}
