package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.AccessRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's appraisal dashboard: the demo 2025 period's units against the phases, the
 * peer group filter, overdue units after their deadline, and nobody else let in.
 */
@IntegrationTest
class AppraisalDashboardIntegrationTests {

	private static final String SKHCN = "SKHCN-2025";

	/** A leaf of field 1 the unit scores 2 on. */
	private static final String CUT = "1.1.2";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AppraisalDashboard dashboard;

	@Autowired
	TestClock clock;

	@Autowired
	AppraisalManagement appraisals;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAdminSeesTheDemoPeriodsUnitsAgainstThePhases() throws Exception {
		long period = demo2025();
		String page = page("admin", get("/admin/appraisal-dashboard").param("cycle", String.valueOf(period)));
		assertThat(page).contains("Tiến độ thẩm định", "Kỳ đánh giá Chỉ số CCHC năm 2025", "Số đơn vị theo trạng thái",
				"Chưa bắt đầu", "Mức trừ điểm bình quân theo lĩnh vực");
		assertThat(page).contains(">Tự đánh giá<", ">Thẩm định lần 1<", ">Giải trình<", ">Thẩm định lần 2<",
				">Hội đồng phê duyệt<");
		List<UnitPeriod> members = this.cycles.unitsOf(period, Phase.SELF_ASSESSMENT);
		assertThat(members).isNotEmpty();
		for (UnitPeriod member : members) {
			assertThat(page).contains("data-unit=\"" + code(member.unitId()) + "\"");
		}
		assertThat(around(page, unitMark(SKHCN))).contains("Sở Khoa học và Công nghệ");
		assertThat(page("admin", get("/admin/appraisal-dashboard"))).contains(">Hội đồng phê duyệt<");
	}

	@Test
	void nobodyButAnAdminIsLetIn() throws Exception {
		for (String username : List.of("canbo.skhcn", "thamdinh.snv")) {
			this.mvc.perform(get("/admin/appraisal-dashboard").with(as(username))).andExpect(status().isForbidden());
			assertThatExceptionOfType(AccessRefusedException.class)
				.isThrownBy(() -> Actors.as(this.users, username, () -> this.dashboard.view(null, null)));
		}
	}

	@Test
	void thePeerGroupFilterNarrowsTheRows() throws Exception {
		long period = demo2025();
		List<UnitPeriod> members = this.cycles.unitsOf(period, Phase.SELF_ASSESSMENT);
		long skhcnGroup = member(members, SKHCN).peerGroupId();
		UnitPeriod other = members.stream().filter((m) -> m.peerGroupId() != skhcnGroup).findFirst().orElseThrow();
		String all = page("admin", get("/admin/appraisal-dashboard").param("cycle", String.valueOf(period)));
		assertThat(all).contains(unitMark(SKHCN), unitMark(code(other.unitId())));
		String narrowed = page("admin", get("/admin/appraisal-dashboard").param("cycle", String.valueOf(period))
			.param("group", String.valueOf(skhcnGroup)));
		assertThat(narrowed).contains(unitMark(SKHCN)).doesNotContain(unitMark(code(other.unitId())));
		assertThat(narrowed).contains("value=\"" + skhcnGroup + "\" selected");
	}

	@Test
	void aUnitStillDraftingAfterItsSelfAssessmentDeadlineIsOverdue() throws Exception {
		long period = demo2025();
		UnitPeriod skhcn = member(this.cycles.unitsOf(period, Phase.SELF_ASSESSMENT), SKHCN);
		MockHttpServletRequestBuilder request = get("/admin/appraisal-dashboard").param("cycle",
				String.valueOf(period));
		this.clock.set(skhcn.startsAt().minusSeconds(60));
		String before = around(page("admin", request), unitMark(SKHCN));
		assertThat(before).contains("state-waiting", "Chưa đến").doesNotContain("state-overdue", "row-overdue");
		this.clock.set(skhcn.deadline().plusSeconds(60));
		String page = page("admin", request);
		String after = around(page, unitMark(SKHCN));
		assertThat(after).contains("row-overdue", "state-overdue", "Quá hạn", "Có giai đoạn quá hạn");
		assertThat(page).contains("class=\"overdue\"");
	}

	@Test
	void roundOneClosedWithoutFlagsSkipsExplanationAndRoundTwoAndTheCutIsAveragedPerField() throws Exception {
		AppraisalFixtures.Submitted period = roundOneClosedWithOneCut();
		String page = page("admin", get("/admin/appraisal-dashboard").param("cycle", String.valueOf(period.cycleId())));
		assertThat(around(page, unitMark(SKHCN))).contains("Đang thẩm định")
			.containsSubsequence("state-done", "state-done", "state-not-needed", "state-not-needed",
					"state-in-progress")
			.doesNotContain("state-overdue");
		assertThat(around(page, "data-code=\"1\"")).contains("data-value=\"1.00\"", ">1<", ">1,00<");
		assertThat(page).contains("data-cut-chart=\"#field-cuts\"");
		Matcher script = Pattern.compile("<script src=\"(/webjars/echarts/[^\"]*echarts\\.min\\.js)\"").matcher(page);
		assertThat(script.find()).as("the ECharts script").isTrue();
		this.mvc.perform(get(script.group(1)).with(as("admin"))).andExpect(status().isOk());
	}

	/** A new period with SKHCN's round 1 closed, no flags, one leaf cut from 2 to 1. */
	private AppraisalFixtures.Submitted roundOneClosedWithOneCut() {
		AppraisalFixtures fixtures = AppraisalFixtures.of(this.context);
		AppraisalFixtures.Submitted period = fixtures.submittedPeriod();
		long id = period.assessmentId();
		List<String> areas = fixtures.appraisedAreas(id, AppraisalFixtures.APPRAISER);
		for (String area : areas) {
			fixtures.appraiseArea(id, area, AppraisalFixtures.APPRAISER,
					Map.of(CUT, new ScoreForm(BigDecimal.ONE, false, "Thiếu báo cáo quý IV", false)));
		}
		for (String area : areas) {
			Actors.run(this.users, AppraisalFixtures.APPRAISER, () -> this.appraisals.markDone(id, area));
		}
		return period;
	}

	private long demo2025() {
		return AssessmentFixtures.openPeriod(this.users, this.cycles);
	}

	private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The table row with the mark in its attributes. */
	private static String around(String page, String mark) {
		int at = page.indexOf(mark);
		assertThat(at).as("row with %s", mark).isNotNegative();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	private static String unitMark(String code) {
		return "data-unit=\"" + code + "\"";
	}

	private UnitPeriod member(List<UnitPeriod> members, String code) {
		long id = this.organisation.findByCode(code).orElseThrow().id();
		return members.stream().filter((m) -> m.unitId() == id).findFirst().orElseThrow();
	}

	private String code(long unitId) {
		return this.organisation.findRow(unitId).orElseThrow().code();
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(username));
	}

}
