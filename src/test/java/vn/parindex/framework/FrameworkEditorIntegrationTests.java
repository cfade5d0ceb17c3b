package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.framework.rule.RuleType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat edits a framework on screen: inline node edits with validation,
 * refusals that change nothing, the lock of a framework in use, the "try it" box, the
 * printable view, the diff and the JSON API. Every edit works on a copy in {@link #YEAR},
 * never on the demo frameworks.
 */
@IntegrationTest
@WithUserDetails("admin")
class FrameworkEditorIntegrationTests {

	static final int YEAR = 2099;

	@Autowired
	MockMvc mvc;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListShowsTheWorkingCopyByYear() throws Exception {
		long copy = workingCopy();
		int versionNo = admin(() -> this.frameworks.view(copy)).row().versionNo();
		String page = html(
				perform(get("/admin/frameworks").param("year", Integer.toString(YEAR))).andExpect(status().isOk()));
		assertThat(page)
			.contains("Năm " + YEAR, "/admin/frameworks/" + copy, "v" + versionNo, "Bản nháp", "Hợp lệ",
					"Sao chép sang năm…", "/frameworks/" + copy + "/export.xlsx", "/admin/frameworks/import")
			.doesNotContain("Năm 2023");
	}

	@Test
	void cloningIntoAYearOpensTheNewDraftAndAnInvalidYearIsRefused() throws Exception {
		long copy = workingCopy();
		String target = perform(post("/admin/frameworks/" + copy + "/clone").with(csrf()).param("year", "2098"))
			.andExpect(redirectedUrlPattern("/admin/frameworks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long clone = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
		assertThat(admin(() -> this.frameworks.view(clone)).row()).satisfies((row) -> {
			assertThat(row.year()).isEqualTo(2098);
			assertThat(row.clonedFromId()).isEqualTo(copy);
			assertThat(row.status()).isEqualTo(FrameworkStatus.DRAFT);
		});
		String refused = html(perform(post("/admin/frameworks/" + copy + "/clone").with(csrf()).param("year", "abc"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(refused).contains("Năm không hợp lệ.");
	}

	@Test
	void theEditorShowsTheTreeRulesFaultsAndEditControls() throws Exception {
		long copy = workingCopy();
		String page = html(perform(get("/admin/frameworks/" + copy)).andExpect(status().isOk()));
		assertThat(page)
			.contains("id=\"node-1.1.2\"", "Theo bậc tỷ lệ", "≥ 100: 2 · 80–<100: 1 · còn lại: 0",
					"/admin/frameworks/" + copy + "/nodes/1.1.2/edit", "Thêm lĩnh vực", "Mở tất cả", "Không có lỗi",
					"id=\"validation-panel\"", "id=\"framework-settings\"", "name=\"bands[0].code\"",
					"/frameworks/" + copy + "/print", "/frameworks/" + copy + "/export.yaml", "name=\"with\"")
			.doesNotContain("Bộ tiêu chí đang được sử dụng");
		String edit = html(perform(get("/admin/frameworks/" + copy + "/nodes/1.1.2/edit")).andExpect(status().isOk()));
		assertThat(edit).contains("<html", "name=\"rule.tiers[1].from\"", "value=\"80\"", "name=\"version\"",
				"Thử quy tắc", "Sở Nội vụ");
		String fields = html(perform(get("/admin/frameworks/" + copy + "/rule-fields").param("ruleType", "PENALTY")
			.param("key", "edit-1_1_2")).andExpect(status().isOk()));
		assertThat(fields).contains("id=\"edit-1_1_2-rule\"", "name=\"rule.events[0].code\"", "name=\"rule.cap\"");
	}

	@Test
	void settingsAndBandsAreSavedAndATypoIsRefusedWith422() throws Exception {
		long copy = workingCopy();
		FrameworkDefinition before = admin(() -> this.frameworks.definition(copy));
		MultiValueMap<String, String> bad = settings(copy);
		bad.set("bonusCap", "ba");
		String page = html(perform(post("/admin/frameworks/" + copy + "/settings").with(csrf()).params(bad))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("\"ba\" không phải là số", "Chưa lưu được thiết lập");
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);

		MultiValueMap<String, String> good = settings(copy);
		good.set("bonusCap", "2,5");
		good.set("bands[0].labelVi", "Xuất sắc " + TestRun.SUFFIX);
		perform(post("/admin/frameworks/" + copy + "/settings").with(csrf()).params(good))
			.andExpect(redirectedUrl("/admin/frameworks/" + copy + "#framework-settings"));
		FrameworkDefinition after = admin(() -> this.frameworks.definition(copy));
		assertThat(after.settings().bonusCap()).isEqualByComparingTo("2.5");
		assertThat(after.bands().get(0).labelVi()).isEqualTo("Xuất sắc " + TestRun.SUFFIX);
		assertThat(after.withSettings(before.settings(), before.bands())).isEqualTo(before);
	}

	@Test
	void raisingALeafsMaxShowsTheParentsSumFaultAndRestoringItClearsIt() throws Exception {
		long copy = workingCopy();
		NodeDefinition leaf = node(copy, "1.1.2");
		String raised = html(perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(form(copy, leaf, "3"))).andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#framework-tree")));
		assertThat(raised).contains("id=\"validation-panel\"", "hx-swap-oob=\"true\"", "id=\"framework-tree\"")
			.contains("Tổng điểm các mục con là 4, khác điểm tối đa 3.");
		assertThat(node(copy, "1.1.2").maxPoints()).isEqualByComparingTo("3");

		String restored = html(perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(form(copy, leaf, "2"))).andExpect(status().isOk()));
		assertThat(restored).doesNotContain("khác điểm tối đa").contains("Không có lỗi");
		assertThat(node(copy, "1.1.2")).isEqualTo(leaf);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where subject_type = 'framework' and subject_id = ? and action = 'UPDATE_NODE'""")
			.param(Long.toString(copy))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aMaxThatIsNotANumberIsRefusedWith422AndNothingChanges() throws Exception {
		long copy = workingCopy();
		FrameworkDefinition before = admin(() -> this.frameworks.definition(copy));
		String page = html(perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(form(copy, node(copy, "1.1.2"), "abc"))).andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("\"abc\" không phải là số", "aria-invalid=\"true\"", "value=\"abc\"")
			.doesNotContain("id=\"framework-tree\"");
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);
		String tooLarge = html(perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(form(copy, node(copy, "1.1.2"), "250000"))).andExpect(status().isUnprocessableContent()));
		assertThat(tooLarge).contains("Số điểm phải nhỏ hơn 1.000.");
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);
	}

	@Test
	void aFormLoadedBeforeSomeoneElseSavedShowsTheConflictAndChangesNothing() throws Exception {
		long copy = workingCopy();
		MultiValueMap<String, String> stale = form(copy, node(copy, "1.1.2"), "5");
		NodeDefinition other = node(copy, "1.1.1");
		Actors.run(this.users, "admin", () -> this.frameworks.updateNode(copy, view(copy).version(), "1.1.1",
				new NodeDefinition(other.code(), other.parentCode(), other.nameVi(), other.nameEn(),
						"Hướng dẫn của người khác", other.maxPoints(), false, null, other.source(), other.rule(),
						other.evidenceRequired(), other.naAllowed(), other.naCondition(), other.appliesTo(), null)));
		FrameworkDefinition before = admin(() -> this.frameworks.definition(copy));
		String page = html(perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(stale)).andExpect(status().isConflict()));
		assertThat(page).contains("Dữ liệu đã được người khác thay đổi sau khi bạn mở trang");
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);
	}

	@Test
	void aNodeIsAddedWithTheNextFreeCodeAndDeleted() throws Exception {
		long copy = workingCopy();
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("parentCode", "1.1");
		params.add("code", "");
		params.add("nameVi", "Tiêu chí thử " + TestRun.SUFFIX);
		params.add("maxPoints", "0,5");
		params.add("source", "SELF_ASSESSMENT");
		params.add("ruleType", "BINARY");
		params.add("evidenceRequired", "true");
		params.add("version", Long.toString(view(copy).version()));
		String tree = html(perform(
				post("/admin/frameworks/" + copy + "/nodes").with(csrf()).header("HX-Request", "true").params(params))
			.andExpect(status().isOk()));
		assertThat(tree).contains("id=\"node-1.1.3\"", "Tiêu chí thử " + TestRun.SUFFIX);
		NodeDefinition added = node(copy, "1.1.3");
		assertThat(added.parentCode()).isEqualTo("1.1");
		assertThat(added.maxPoints()).isEqualByComparingTo("0.5");
		assertThat(added.rule().type()).isEqualTo(RuleType.BINARY);

		perform(post("/admin/frameworks/" + copy + "/nodes/1.1.3/delete").with(csrf())
			.param("version", Long.toString(view(copy).version())))
			.andExpect(redirectedUrl("/admin/frameworks/" + copy + "#framework-tree"));
		assertThat(admin(() -> this.frameworks.definition(copy)).node("1.1.3")).isEmpty();
		assertThat(admin(() -> this.frameworks.definition(copy)).node("1.1.2")).isPresent();
	}

	@Test
	void everyRuleTypeSurvivesTheFormUnchanged() throws Exception {
		long copy = workingCopy();
		FrameworkDefinition before = admin(() -> this.frameworks.definition(copy));
		List<NodeDefinition> samples = before.leaves()
			.stream()
			.filter((leaf) -> leaf.rule() != null)
			.collect(java.util.stream.Collectors.toMap((leaf) -> leaf.rule().type(), (leaf) -> leaf, (a, b) -> a))
			.values()
			.stream()
			.toList();
		assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
		List<NodeDefinition> nodes = new java.util.ArrayList<>(samples);
		nodes.add(before.node("1").orElseThrow());
		nodes.add(before.node("1.1").orElseThrow());
		nodes.add(before.node("9").orElseThrow());
		for (NodeDefinition leaf : nodes) {
			String edit = html(perform(
					get("/admin/frameworks/" + copy + "/nodes/" + leaf.code() + "/edit").header("HX-Request", "true"))
				.andExpect(status().isOk()));
			assertThat(edit).contains("name=\"version\"").doesNotContain("<html");
			assertThat(edit.contains("name=\"ruleType\"")).isEqualTo(before.isLeaf(leaf.code()));
			perform(post("/admin/frameworks/" + copy + "/nodes/" + leaf.code()).with(csrf())
				.header("HX-Request", "true")
				.params(form(copy, leaf, FormText.show(leaf.maxPoints())))).andExpect(status().isOk());
		}
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);
	}

	@Test
	void aFrameworkInUseRefusesEditsShowsWhyAndOffersANewVersion() throws Exception {
		long copy = workingCopy();
		String reason = "Kỳ đánh giá thử " + TestRun.SUFFIX;
		Actors.run(this.users, "admin", () -> this.frameworks.lockForPeriod(copy, reason));
		String page = html(perform(get("/admin/frameworks/" + copy)).andExpect(status().isOk()));
		assertThat(page).contains("Bộ tiêu chí đang được sử dụng", reason, "Tạo phiên bản mới", "Đang sử dụng")
			.doesNotContain("/nodes/1.1.2/edit");
		FrameworkDefinition before = admin(() -> this.frameworks.definition(copy));
		perform(post("/admin/frameworks/" + copy + "/nodes/1.1.2").with(csrf())
			.header("HX-Request", "true")
			.params(form(copy, node(copy, "1.1.2"), "3"))).andExpect(status().isUnprocessableContent());
		assertThat(admin(() -> this.frameworks.definition(copy))).isEqualTo(before);

		String target = perform(post("/admin/frameworks/" + copy + "/new-version").with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/frameworks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long next = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
		FrameworkSummary draft = admin(() -> this.frameworks.summary(next));
		assertThat(draft.status()).isEqualTo(FrameworkStatus.DRAFT);
		assertThat(draft.versionNo()).isEqualTo(admin(() -> this.frameworks.summary(copy)).versionNo() + 1);
		assertThat(admin(() -> this.frameworks.definition(next)).nodes()).isEqualTo(before.nodes());
	}

	@Test
	void theTryBoxScoresTheSavedRuleAndExplainsAMissingInput() throws Exception {
		long copy = workingCopy();
		String points = html(perform(post("/frameworks/" + copy + "/nodes/1.1.2/try").with(csrf())
			.header("HX-Request", "true")
			.param("numerator", "80")
			.param("denominator", "100")).andExpect(status().isOk()));
		assertThat(points).contains("= 1,00 điểm");
		String missing = html(perform(post("/frameworks/" + copy + "/nodes/1.1.2/try").with(csrf())
			.header("HX-Request", "true")
			.param("numerator", "80")).andExpect(status().isUnprocessableContent()));
		assertThat(missing).contains("Thiếu giá trị cần nhập: Mẫu số");
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void aUnitOfficerReadsThePrintableViewButNotTheEditor() throws Exception {
		long demo = demo();
		String page = html(perform(get("/frameworks/" + demo + "/print")).andExpect(status().isOk()));
		assertThat(page).contains("1.1.2", "≥ 100: 2 · 80–<100: 1 · còn lại: 0", "Xuất sắc", "Thử quy tắc");
		perform(get("/frameworks/" + demo)).andExpect(redirectedUrl("/frameworks/" + demo + "/print"));
		perform(get("/admin/frameworks")).andExpect(status().isForbidden());
		perform(get("/admin/frameworks/" + demo)).andExpect(status().isForbidden());
	}

	@Test
	void theDiffListsTheMovedMaxPointsWithTheirSign() throws Exception {
		long copy = workingCopy();
		NodeDefinition raised = node(copy, "1.1.2");
		Actors.run(this.users, "admin", () -> this.frameworks.updateNode(copy, view(copy).version(), "1.1.2",
				raised.withMaxPoints(new BigDecimal("3"))));
		NodeDefinition lowered = node(copy, "1.1.1");
		Actors.run(this.users, "admin", () -> this.frameworks.updateNode(copy, view(copy).version(), "1.1.1",
				lowered.withMaxPoints(new BigDecimal("0.5"))));
		String page = html(perform(get("/admin/frameworks/" + copy + "/diff").param("with", Long.toString(demo())))
			.andExpect(status().isOk()));
		assertThat(page).contains("Điểm tối đa thay đổi", "+1,00", "−0,50", "điểm tối đa", "Sửa đổi");
	}

	@Test
	void theApiListsFrameworksAndReturnsTheTreeWithRuleParameters() throws Exception {
		long copy = workingCopy();
		perform(get("/api/v1/frameworks").param("year", Integer.toString(YEAR))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + copy + ")].unitTypes").value("DEPARTMENT"));
		perform(get("/api/v1/frameworks/" + copy)).andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.bands.length()").value(5))
			.andExpect(jsonPath("$.tree[0].code").value("1"))
			.andExpect(jsonPath("$.tree[0].children[0].code").value("1.1"))
			.andExpect(jsonPath("$.tree[0].children[0].children[1].code").value("1.1.2"))
			.andExpect(jsonPath("$.tree[0].children[0].children[1].ruleType").value("TIERED_RATIO"))
			.andExpect(jsonPath("$.tree[0].children[0].children[1].params.tiers[1].gte").value(80))
			.andExpect(jsonPath("$.tree[0].children[0].children[1].params.tiers[1].points").value(1))
			.andExpect(jsonPath("$.tree[0].children[0].children[1].children").isEmpty());
		perform(get("/api/v1/frameworks/987654321")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.code").value("error.not-found"));
	}

	private long demo() {
		return admin(() -> this.frameworks.list(2025)
			.stream()
			.filter((row) -> row.unitTypes().equals("DEPARTMENT") && row.versionNo() == 1)
			.findFirst()
			.orElseThrow()
			.id());
	}

	/** A fresh draft copy of the 2025 department demo framework. */
	private long workingCopy() {
		long demo = demo();
		return admin(() -> this.frameworks.copy(demo, YEAR));
	}

	private FrameworkView view(long id) {
		return admin(() -> this.frameworks.view(id));
	}

	private NodeDefinition node(long id, String code) {
		return view(id).definition().node(code).orElseThrow();
	}

	/** The framework's settings and bands as the settings form posts them. */
	private MultiValueMap<String, String> settings(long id) {
		SettingsForm form = SettingsForm.of(view(id));
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		put(params, "nameVi", form.nameVi());
		put(params, "nameEn", form.nameEn());
		put(params, "scaleMax", form.scaleMax());
		put(params, "selfAssessmentTotal", form.selfAssessmentTotal());
		put(params, "surveyTotal", form.surveyTotal());
		put(params, "bonusCap", form.bonusCap());
		put(params, "penaltyCap", form.penaltyCap());
		put(params, "bonusStage", form.bonusStage());
		put(params, "capAtScale", Boolean.TRUE.equals(form.capAtScale()) ? "true" : null);
		put(params, "decimals", form.decimals());
		put(params, "tieBreak", form.tieBreak());
		List<BandRow> bands = form.bandRows();
		for (int i = 0; i < bands.size(); i++) {
			String prefix = "bands[" + i + "].";
			put(params, prefix + "code", bands.get(i).code());
			put(params, prefix + "labelVi", bands.get(i).labelVi());
			put(params, prefix + "labelEn", bands.get(i).labelEn());
			put(params, prefix + "lower", bands.get(i).lower());
			put(params, prefix + "lowerInclusive", Boolean.TRUE.equals(bands.get(i).lowerInclusive()) ? "true" : null);
		}
		put(params, "version", Long.toString(form.version()));
		return params;
	}

	/** The node's own values as the form posts them, with {@code max} typed as given. */
	private MultiValueMap<String, String> form(long id, NodeDefinition node, String max) {
		NodeForm form = NodeForm.of(node, view(id).version());
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		put(params, "code", form.code());
		put(params, "nameVi", form.nameVi());
		put(params, "nameEn", form.nameEn());
		put(params, "guidance", form.guidance());
		put(params, "maxPoints", max);
		put(params, "outsideScale", Boolean.TRUE.equals(form.outsideScale()) ? "true" : null);
		put(params, "appraisingUnitCode", form.appraisingUnitCode());
		put(params, "source", form.source());
		put(params, "ruleType", form.ruleType());
		put(params, "evidenceRequired", Boolean.TRUE.equals(form.evidenceRequired()) ? "true" : null);
		put(params, "naAllowed", Boolean.TRUE.equals(form.naAllowed()) ? "true" : null);
		put(params, "naCondition", form.naCondition());
		node.appliesTo().forEach((type) -> params.add("appliesTo", type.name()));
		put(params, "dataFeed", form.dataFeed());
		put(params, "version", Long.toString(form.version()));
		rule(params, form.ruleFields());
		return params;
	}

	private static void rule(MultiValueMap<String, String> params, RuleForm rule) {
		put(params, "rule.metric", rule.metric());
		put(params, "rule.elsePoints", rule.elsePoints());
		put(params, "rule.base", rule.base());
		put(params, "rule.target", rule.target());
		put(params, "rule.step", rule.step());
		put(params, "rule.event", rule.event());
		put(params, "rule.perEvent", rule.perEvent());
		put(params, "rule.floor", rule.floor());
		put(params, "rule.instrument", rule.instrument());
		put(params, "rule.result", rule.result());
		put(params, "rule.optionWeights", rule.optionWeights());
		put(params, "rule.cap", rule.cap());
		List<TierRow> tiers = rule.tierRows();
		for (int i = 0; i < tiers.size(); i++) {
			String prefix = "rule.tiers[" + i + "].";
			put(params, prefix + "from", tiers.get(i).from());
			put(params, prefix + "fromInclusive", Boolean.TRUE.equals(tiers.get(i).fromInclusive()) ? "true" : null);
			put(params, prefix + "to", tiers.get(i).to());
			put(params, prefix + "toInclusive", Boolean.TRUE.equals(tiers.get(i).toInclusive()) ? "true" : null);
			put(params, prefix + "points", tiers.get(i).points());
		}
		List<EventRow> events = rule.eventRows();
		for (int i = 0; i < events.size(); i++) {
			String prefix = "rule.events[" + i + "].";
			put(params, prefix + "code", events.get(i).code());
			put(params, prefix + "name", events.get(i).name());
			put(params, prefix + "points", events.get(i).points());
			put(params, prefix + "perCase", Boolean.TRUE.equals(events.get(i).perCase()) ? "true" : null);
		}
	}

	private static void put(MultiValueMap<String, String> params, String name, String value) {
		if (value != null) {
			params.add(name, value);
		}
	}

	private <T> T admin(Supplier<T> action) {
		return Actors.as(this.users, "admin", action);
	}

	private static String html(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
	}

	/**
	 * Performs the request as the test's {@code @WithUserDetails} user and hands the
	 * security context back for the test's own facade calls.
	 */
	private <B extends AbstractMockHttpServletRequestBuilder<B>> ResultActions perform(B request) throws Exception {
		try {
			return this.mvc.perform(request.with(testSecurityContext()));
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

}
