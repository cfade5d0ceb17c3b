package vn.parindex.remediation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.GroupFigures;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.ResultsPreview;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringManagement;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.scoring.UnitResult;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Award proposals end to end: the default rules on the demo's 2023 results (read only),
 * and on fresh published periods the rules' editing, generating, confirming and removing
 * (a removal needs a note), publishing on the portal (page, PDF, link from the ranking,
 * not served stale), the lock after publishing, and who may do what.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardIntegrationTests {

	static final String FLAG = AwardRule.DEFAULTS.get(0).award();

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicResults results;

	@Autowired
	AwardManagement awards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	ScoringTestFixtures.Published editable;

	ScoringTestFixtures.Published publishing;

	@BeforeAll
	void publishPeriods() {
		this.editable = ScoringTestFixtures.published(this.context);
		this.publishing = ScoringTestFixtures.published(this.context);
	}

	@AfterAll
	void closePeriods() {
		for (long cycleId : List.of(this.editable.cycleId(), this.publishing.cycleId())) {
			Actors.run(this.users, "admin", () -> this.context.getBean(CycleManagement.class).close(cycleId));
		}
	}

	@Test
	void theDefaultRulesGiveTheFlagToTheFirstOfEachGroupOf2023() {
		ResultsSnapshot snapshot = demo2023();
		AwardEvaluation evaluation = AwardRules.evaluate(AwardRule.DEFAULTS, snapshot);
		assertThat(snapshot.groups()).hasSizeGreaterThanOrEqualTo(2);
		for (ResultsSnapshot.Group group : snapshot.groups()) {
			UnitResult first = group.units().get(0).result();
			assertThat(first.rank()).isEqualTo(1);
			assertThat(first.penalty().signum()).isZero();
			AwardCandidate candidate = evaluation.candidate(first.unitId()).orElseThrow();
			assertThat(candidate.award()).isEqualTo(FLAG);
			assertThat(candidate.reason()).isEqualTo("Hạng 1/" + first.rankedCount() + " nhóm " + group.name());
		}
		assertThat(evaluation.candidates()).filteredOn((candidate) -> candidate.award().equals(FLAG))
			.hasSize(snapshot.groups().size())
			.anySatisfy((candidate) -> assertThat(candidate.rankedCount()).isGreaterThanOrEqualTo(18));
		assertThat(evaluation.candidates()).filteredOn((candidate) -> !candidate.award().equals(FLAG))
			.isNotEmpty()
			.allSatisfy((candidate) -> {
				assertThat(candidate.percent()).isGreaterThanOrEqualTo(new BigDecimal("90"));
				assertThat(candidate.reason()).startsWith("Đạt ").contains("(≥ 90%); lĩnh vực thấp nhất ");
			});
	}

	/**
	 * The demo's imported 2023 results as a snapshot, read through the preview (the tests
	 * do not publish the period).
	 */
	private ResultsSnapshot demo2023() {
		return Actors.as(this.users, "admin", () -> {
			long cycleId = this.context.getBean(CycleManagement.class)
				.list()
				.stream()
				.filter((cycle) -> cycle.name().equals("Kỳ đánh giá Chỉ số CCHC năm 2023"))
				.findFirst()
				.orElseThrow()
				.id();
			ResultsPreview preview = this.context.getBean(ScoringManagement.class).preview(cycleId);
			List<ResultsSnapshot.Group> groups = preview.groupNames()
				.entrySet()
				.stream()
				.map((group) -> new ResultsSnapshot.Group(group.getKey(), group.getValue(),
						new GroupFigures(group.getKey(), 0, null, null, Map.of(), null, null), List.of(),
						preview.group(group.getKey())
							.stream()
							.map((unit) -> new ResultsSnapshot.Unit("U" + unit.unitId(), unit, List.of()))
							.toList()))
				.filter((group) -> !group.units().isEmpty())
				.toList();
			return new ResultsSnapshot(cycleId, 2023, preview.cycleName(), 1, ScoringTestFixtures.DECISION,
					Instant.EPOCH, null, groups, List.of());
		});
	}

	@Test
	void theAdminEditsTheRulesAndEveryRefusalSaysWhy() throws Exception {
		long cycleId = this.editable.cycleId();
		String base = "/admin/awards/" + cycleId;
		assertThat(page(get(base), "admin", 200)).contains(FLAG, "Bằng khen của Chủ tịch UBND tỉnh");
		int before = rules(cycleId).size();
		assertThat(page(rule(base + "/rules", " ", "90", "true"), "admin", 422))
			.contains("Vui lòng nhập tên danh hiệu khen thưởng.");
		assertThat(page(rule(base + "/rules", "Giấy khen", "120", "true"), "admin", 422))
			.contains("Chỉ số tối thiểu phải là số từ 0 đến 100");
		assertThat(page(rule(base + "/rules", "Giấy khen", "", "false"), "admin", 422))
			.contains("Quy tắc phải có ít nhất một điều kiện");
		assertThat(rules(cycleId)).hasSize(before);

		page(rule(base + "/rules", "Giấy khen của Giám đốc", "85,5", "true"), "admin", 302);
		AwardRule added = rules(cycleId).get(before);
		assertThat(added.award()).isEqualTo("Giấy khen của Giám đốc");
		assertThat(added.minPercent()).isEqualByComparingTo("85.5");
		page(post(base + "/rules/" + added.id() + "/move").param("direction", "-1"), "admin", 302);
		assertThat(rules(cycleId).get(before - 1).id()).isEqualTo(added.id());
		AwardRule moved = rules(cycleId).get(before - 1);
		page(rule(base + "/rules/" + added.id(), "Giấy khen", "86", "true", moved.version()), "admin", 302);
		assertThat(
				page(rule(base + "/rules/" + added.id(), "Giấy khen cũ", "86", "true", moved.version()), "admin", 409))
			.contains("đã được người khác thay đổi");
		page(post(base + "/rules/" + added.id() + "/delete"), "admin", 302);
		assertThat(rules(cycleId)).hasSize(before).extracting(AwardRule::id).doesNotContain(added.id());
		assertThat(audited("award-rule", added.id())).contains("ADD", "MOVE", "UPDATE", "DELETE");
	}

	@Test
	void generateDecidePublishAndThePortalShowsTheConfirmedList() throws Exception {
		long cycleId = this.publishing.cycleId();
		long publicationId = this.publishing.publicationId();
		String base = "/admin/awards/" + cycleId;
		page(get(base), "admin", 200);
		page(post(base + "/generate"), "admin", 302);
		AwardRow row = rows(cycleId).get(0);
		assertThat(rows(cycleId)).hasSize(1);
		assertThat(row.unitId()).isEqualTo(this.publishing.unitId());
		assertThat(row.award()).isEqualTo(FLAG);
		assertThat(row.reason()).startsWith("Hạng 1/1 nhóm ");
		assertThat(row.status()).isEqualTo(AwardStatus.PROPOSED);
		String decide = base + "/proposals/" + row.id();

		assertThat(page(post(decide + "/remove").param("version", "" + row.version()), "admin", 422))
			.contains("Vui lòng nhập lý do loại đơn vị khỏi danh sách.");
		assertThat(page(htmx(post(decide + "/remove").param("version", "" + row.version())), "admin", 422))
			.contains("Vui lòng nhập lý do loại đơn vị khỏi danh sách.")
			.doesNotContain("<html");
		assertThat(page(post(base + "/publish"), "admin", 422)).contains("chưa xác nhận hoặc loại");
		assertThat(
				page(htmx(post(decide + "/remove").param("version", "" + row.version()).param("note", "Chờ xác minh")),
						"admin", 200))
			.contains("Đã loại", "Chờ xác minh");
		assertThat(page(post(base + "/publish"), "admin", 422)).contains("Chưa có đơn vị nào được xác nhận");
		assertThat(pdfText(bytes(get(base + ".pdf"), "admin", 200))).contains("DỰ THẢO").doesNotContain(row.unitName());
		assertThat(this.mvc.perform(get("/portal/" + publicationId + "/awards")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		String ranking = anonymous("/portal/" + publicationId);
		assertThat(ranking).doesNotContain("/portal/" + publicationId + "/awards");

		AwardRow removed = rows(cycleId).get(0);
		page(htmx(post(decide + "/confirm").param("version", "" + removed.version())), "admin", 200);
		confirmedButNoLongerQualifyingBlocksPublishing(cycleId, base);
		page(post(base + "/publish"), "admin", 302);

		assertThat(anonymous("/portal/" + publicationId)).contains("/portal/" + publicationId + "/awards");
		assertThat(anonymous("/portal/" + publicationId + "/awards")).contains(row.unitName(), FLAG, row.reason());
		String pdf = pdfText(bytes(get("/portal/" + publicationId + "/awards.pdf"), null, 200));
		assertThat(pdf)
			.contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "NĂM 2025", row.unitName(),
					ScoringTestFixtures.DECISION.number())
			.doesNotContain("DỰ THẢO");
		assertThat(audited("award-list", cycleId)).contains("GENERATE", "PUBLISH");
		theListIsLockedOncePublished(cycleId, base);
		aCorrectionAfterwardsStillShowsTheListWithANote(cycleId, publicationId, row.unitName());
	}

	private void aCorrectionAfterwardsStillShowsTheListWithANote(long cycleId, long publicationId, String unitName)
			throws Exception {
		ResultsSnapshot.Decision decision = new ResultsSnapshot.Decision("106/QĐ-UBND-HC", LocalDate.of(2026, 2, 12),
				"Phạm Thiện Nghĩa");
		long correction = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
			.publish(cycleId, decision, "Đính chính số liệu"));
		assertThat(anonymous("/portal/" + correction)).contains("/portal/" + correction + "/awards");
		assertThat(anonymous("/portal/" + correction + "/awards")).contains(unitName, "đã được đính chính",
				"106/QĐ-UBND-HC");
		assertThat(anonymous("/portal/" + publicationId + "/awards")).contains(unitName);
	}

	private void confirmedButNoLongerQualifyingBlocksPublishing(long cycleId, String base) throws Exception {
		AwardRule flag = rules(cycleId).get(0);
		page(rule(base + "/rules/" + flag.id(), FLAG, "100", "true", flag.version()), "admin", 302);
		assertThat(rows(cycleId).get(0).stale()).isTrue();
		assertThat(page(post(base + "/publish"), "admin", 422)).contains("không còn đủ điều kiện");
		AwardRule strict = rules(cycleId).get(0);
		page(rule(base + "/rules/" + flag.id(), FLAG, "", "true", strict.version()), "admin", 302);
		assertThat(rows(cycleId).get(0).stale()).isFalse();
	}

	private void theListIsLockedOncePublished(long cycleId, String base) throws Exception {
		assertThat(page(rule(base + "/rules", "Giấy khen", "80", "true"), "admin", 409))
			.contains("đã công bố; không thể thay đổi");
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> Actors.as(this.users, "admin", () -> this.awards.generate(cycleId)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("remediation.awards.locked"));
		assertThat(page(get(base), "admin", 200)).contains("Đã công bố trên cổng công khai")
			.doesNotContain("/publish\"");
	}

	@Test
	void onlyTheAdminChangesAndTheViewerReads() throws Exception {
		long cycleId = this.editable.cycleId();
		String base = "/admin/awards/" + cycleId;
		for (String username : List.of("canbo.skhcn", "lanhdao.tinh")) {
			page(post(base + "/generate"), username, 403);
			page(rule(base + "/rules", "Giấy khen", "80", "true"), username, 403);
			page(get(base + ".pdf"), username, 403);
		}
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> Actors.as(this.users, "lanhdao.tinh", () -> this.awards.generate(cycleId)));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> Actors.as(this.users, "canbo.skhcn", () -> this.awards.periods()));
		assertThat(Actors.as(this.users, "lanhdao.tinh", () -> this.awards.periods())).extracting(Publication::cycleId)
			.contains(cycleId);
		assertThat(this.mvc.perform(get(base)).andReturn().getResponse().getStatus()).isIn(302, 401);
	}

	private List<AwardRule> rules(long cycleId) {
		return Actors.as(this.users, "admin", () -> this.awards.period(cycleId).rules());
	}

	private List<AwardRow> rows(long cycleId) {
		return Actors.as(this.users, "admin", () -> this.awards.period(cycleId).rows());
	}

	private String audited(String type, long id) {
		return String.join(",",
				this.jdbc.sql("select action from audit_event where subject_type = ? and subject_id = ? order by id")
					.params(type, Long.toString(id))
					.query(String.class)
					.list());
	}

	private static MockHttpServletRequestBuilder rule(String url, String award, String minPercent, String first) {
		return rule(url, award, minPercent, first, 0);
	}

	private static MockHttpServletRequestBuilder rule(String url, String award, String minPercent, String first,
			long version) {
		return post(url).param("award", award)
			.param("minPercent", minPercent)
			.param("minFieldPercent", "")
			.param("firstInGroup", first)
			.param("excludePenalty", "true")
			.param("version", Long.toString(version));
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private String page(MockHttpServletRequestBuilder request, String username, int status) throws Exception {
		return new String(bytes(request, username, status), StandardCharsets.UTF_8);
	}

	private byte[] bytes(MockHttpServletRequestBuilder request, @Nullable String username, int status)
			throws Exception {
		RequestPostProcessor who = (username != null) ? user(this.users.loadUserByUsername(username)) : (r) -> r;
		MvcResult result = this.mvc.perform(request.with(who).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(status);
		return result.getResponse().getContentAsByteArray();
	}

	private String anonymous(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
