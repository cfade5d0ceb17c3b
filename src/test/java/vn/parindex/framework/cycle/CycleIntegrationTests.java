package vn.parindex.framework.cycle;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.framework.FrameworkLockedException;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.FrameworkRow;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.framework.FrameworkView;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Periods end to end: created and opened through the admin screens, frameworks locked,
 * units fixed on 31 December, extensions audited, access, the JSON API and the countdown
 * on every page.
 */
@IntegrationTest
class CycleIntegrationTests {

	static final String[][] CALENDAR = { { "SELF_ASSESSMENT", "2025-11-01T07:00", "2025-12-15T17:00" },
			{ "APPRAISAL_1", "2025-12-16T07:00", "2025-12-31T17:00" },
			{ "EXPLANATION", "2026-01-01T07:00", "2026-01-07T17:00" },
			{ "APPRAISAL_2", "2026-01-08T07:00", "2026-01-14T17:00" },
			{ "COUNCIL_APPROVAL", "2026-01-15T07:00", "2026-01-24T17:00" },
			{ "PUBLICATION", "2026-01-25T07:00", "2026-01-31T17:00" } };

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleManagement cycles;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	CurrentActor actor;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void anOpenedPeriodLocksItsClonedFrameworkAndEvaluatesTheUnitsValidOnTheLastDayOfItsYear() throws Exception {
		long copy = this.frameworks.copy(demoFramework(2025, "DEPARTMENT"), 2025);
		long id = create("Kỳ mở " + TestRun.SUFFIX, copy);
		assertThat(this.cycles.preview(id)).flatExtracting(CycleView.UnitGroup::units)
			.extracting(CycleView.UnitEntry::code)
			.contains("SKHCN-2025", "STP-2025")
			.doesNotContain("SKHCN", "STTTT");
		perform(get("/admin/periods/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("SKHCN-2025")));

		perform(post("/admin/periods/{id}/open", id).with(csrf())).andExpect(status().is3xxRedirection());

		CycleView period = this.cycles.view(id);
		assertThat(period.status()).isEqualTo(CycleStatus.OPEN);
		assertThat(period.unitGroups()).flatExtracting(CycleView.UnitGroup::units)
			.extracting(CycleView.UnitEntry::code)
			.contains("SKHCN-2025")
			.doesNotContain("SKHCN");
		assertThat(period.unitCount())
			.isEqualTo(this.cycles.preview(id).stream().mapToInt((g) -> g.units().size()).sum());
		assertThat(this.frameworks.summary(copy).status()).isEqualTo(FrameworkStatus.IN_USE);
		FrameworkView locked = this.frameworks.view(copy);
		assertThat(locked.row().lockedReason()).isEqualTo(period.name());
		assertThatExceptionOfType(FrameworkLockedException.class).isThrownBy(() -> this.frameworks.updateSettings(copy,
				locked.version(), "Đổi tên", null, locked.definition().settings(), locked.definition().bands()));
		assertThat(auditCount(id, "OPEN")).isEqualTo(1);
		assertThat(auditCount(id, "CREATE")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("admin")
	void anExtensionWithAReasonIsAuditedAndOneWithoutIsRefused() throws Exception {
		long copy = this.frameworks.copy(demoFramework(2025, "DEPARTMENT"), 2025);
		long id = create("Kỳ gia hạn " + TestRun.SUFFIX, copy);
		perform(post("/admin/periods/{id}/open", id).with(csrf())).andExpect(status().is3xxRedirection());
		long science = this.organisation.findByCode("SKHCN-2025").orElseThrow().id();

		perform(post("/admin/periods/{id}/extensions", id).with(csrf())
			.param("unitId", Long.toString(science))
			.param("phase", "SELF_ASSESSMENT")
			.param("endsAt", "2025-12-20T17:00")
			.param("reason", " ")).andExpect(status().is(422))
			.andExpect(content().string(containsString("Ô này không được để trống.")));
		assertThat(this.cycles.view(id).extensions()).isEmpty();
		assertThat(auditCount(id, "EXTEND_DEADLINE")).isZero();

		perform(post("/admin/periods/{id}/extensions", id).with(csrf())
			.param("unitId", Long.toString(science))
			.param("phase", "SELF_ASSESSMENT")
			.param("endsAt", "2025-12-20T17:00")
			.param("reason", "Sự cố đường truyền")).andExpect(status().is3xxRedirection());

		assertThat(this.cycles.view(id).extensions()).singleElement().satisfies((extension) -> {
			assertThat(extension.unitCode()).isEqualTo("SKHCN-2025");
			assertThat(extension.endsAt()).isEqualTo(Instant.parse("2025-12-20T10:00:00Z"));
			assertThat(extension.grantedBy()).isEqualTo("admin");
		});
		assertThat(this.cycles.deadline(id, science, Phase.SELF_ASSESSMENT))
			.isEqualTo(Instant.parse("2025-12-20T10:00:00Z"));
		assertThat(this.jdbc.sql("""
				select new_value ->> 'reason' from audit_event
				where subject_type = 'cycle' and action = 'EXTEND_DEADLINE' and subject_id = ?""")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("Sự cố đường truyền");

		perform(post("/admin/periods/{id}/extensions", id).with(csrf())
			.param("unitId", Long.toString(science))
			.param("phase", "SELF_ASSESSMENT")
			.param("endsAt", "2025-12-22T17:00")
			.param("reason", "Gia hạn lần hai")).andExpect(status().is3xxRedirection());
		assertThat(this.cycles.view(id).extensions()).singleElement()
			.satisfies((extension) -> assertThat(extension.reason()).isEqualTo("Gia hạn lần hai"));
		assertThat(this.jdbc.sql("""
				select old_value ->> 'endsAt' from audit_event
				where subject_type = 'cycle' and action = 'EXTEND_DEADLINE' and subject_id = ? order by id""")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("2025-12-15T10:00:00Z", "2025-12-20T10:00:00Z");
	}

	@Test
	@WithUserDetails("admin")
	void refusedFormsAnswer422AndSaveNothing() throws Exception {
		int before = this.cycles.list().size();
		perform(withCalendar(post("/admin/periods/new").with(csrf()).param("year", "2025").param("name", " ")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Ô này không được để trống.")));
		perform(post("/admin/periods/new").with(csrf())
			.param("year", "2025")
			.param("name", "Kỳ sai lịch " + TestRun.SUFFIX)
			.param("phases[0].phase", "SELF_ASSESSMENT")
			.param("phases[0].startsAt", "2025-12-15T17:00")
			.param("phases[0].endsAt", "2025-11-01T07:00")).andExpect(status().is(422))
			.andExpect(content().string(containsString("phải kết thúc sau khi bắt đầu")));
		perform(withCalendar(post("/admin/periods/new").with(csrf())
			.param("year", "2025")
			.param("name", "Kỳ sai năm " + TestRun.SUFFIX)
			.param("frameworks[0].peerGroupId", Long.toString(groupId("SO_NGANH")))
			.param("frameworks[0].frameworkId", Long.toString(demoFramework(2023, "DEPARTMENT")))))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("không dùng được cho kỳ đánh giá năm 2025")));
		assertThat(this.cycles.list()).hasSize(before);
	}

	@Test
	@WithUserDetails("admin")
	void aPeriodWithoutFrameworksCannotOpenAndSaysWhy() throws Exception {
		perform(withCalendar(post("/admin/periods/new").with(csrf())
			.param("year", "2025")
			.param("name", "Kỳ chưa đủ " + TestRun.SUFFIX))).andExpect(status().is3xxRedirection());
		long id = idOf("Kỳ chưa đủ " + TestRun.SUFFIX);

		perform(get("/admin/periods/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa chọn bộ tiêu chí cho nhóm xếp hạng nào.")));
		perform(post("/admin/periods/{id}/open", id).with(csrf())).andExpect(status().is(422))
			.andExpect(content().string(containsString("Chưa chọn bộ tiêu chí cho nhóm xếp hạng nào.")));
		assertThat(this.cycles.view(id).status()).isEqualTo(CycleStatus.DRAFT);

		long copy = this.frameworks.copy(demoFramework(2025, "DEPARTMENT"), 2025);
		perform(post("/admin/periods/{id}/frameworks", id).with(csrf())
			.param("version", Long.toString(this.cycles.view(id).version()))
			.param("frameworks[0].peerGroupId", Long.toString(groupId("SO_NGANH")))
			.param("frameworks[0].frameworkId", Long.toString(copy))).andExpect(status().is3xxRedirection());
		assertThat(auditCount(id, "SET_FRAMEWORKS")).isEqualTo(1);
		assertThat(this.cycles.openingProblems(id)).isEmpty();
		perform(post("/admin/periods/{id}/open", id).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.cycles.view(id).status()).isEqualTo(CycleStatus.OPEN);
		perform(post("/admin/periods/{id}/close", id).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.cycles.view(id).status()).isEqualTo(CycleStatus.CLOSED);
		assertThat(auditCount(id, "CLOSE")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("admin")
	void theFormReloadsTheFrameworksOfTheChosenYear() throws Exception {
		perform(get("/admin/periods/new")).andExpect(status().isOk());
		perform(get("/admin/periods/new/frameworks").param("year", "2023")).andExpect(status().isOk())
			.andExpect(content().string(containsString("frameworks[0].frameworkId")))
			.andExpect(content()
				.string(containsString("value=\"" + demoFramework(2023, "CITY_DISTRICT,RURAL_DISTRICT") + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@WithUserDetails("admin")
	void theListAndTheOpenAndClosedDemoPeriodsRender() throws Exception {
		long demo = demoPeriod();
		long past = this.cycles.list()
			.stream()
			.filter((row) -> row.year() == 2023 && row.status() == CycleStatus.CLOSED)
			.findFirst()
			.orElseThrow()
			.id();
		perform(get("/admin/periods")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kỳ đánh giá Chỉ số CCHC năm 2023")))
			.andExpect(content().string(containsString("Kỳ đánh giá Chỉ số CCHC năm 2025")));
		perform(get("/admin/periods/{id}", demo)).andExpect(status().isOk())
			.andExpect(content().string(containsString("current-phase")))
			.andExpect(content().string(containsString("Gia hạn cho một đơn vị")))
			.andExpect(content().string(containsString("Đóng kỳ đánh giá")));
		perform(get("/admin/periods/{id}?lang=en", past)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(not(containsString("Extend the deadline for one unit"))));
		perform(get("/admin/periods/new?lang=vi")).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("admin")
	void theCalendarOfAnOpenPeriodMovesButKeepsAllPhases() throws Exception {
		long copy = this.frameworks.copy(demoFramework(2025, "DEPARTMENT"), 2025);
		long id = create("Kỳ dời lịch " + TestRun.SUFFIX, copy);
		perform(post("/admin/periods/{id}/open", id).with(csrf())).andExpect(status().is3xxRedirection());
		long version = this.cycles.view(id).version();

		String[][] withoutPublication = java.util.Arrays.copyOf(CALENDAR, 5);
		perform(withCalendar(post("/admin/periods/{id}/phases", id).with(csrf()), withoutPublication).param("version",
				Long.toString(version)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Chưa đặt lịch cho giai đoạn")));
		String[][] later = java.util.Arrays.copyOf(CALENDAR, 6);
		later[5] = new String[] { "PUBLICATION", "2026-01-25T07:00", "2026-02-28T17:00" };
		perform(withCalendar(post("/admin/periods/{id}/phases", id).with(csrf()), later).param("version",
				Long.toString(version)))
			.andExpect(status().is3xxRedirection());

		assertThat(this.cycles.view(id).phases().get(5).endsAt()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
		assertThat(auditCount(id, "UPDATE_PHASES")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void onlyAdminsManagePeriods() throws Exception {
		long demo = demoPeriod();
		perform(get("/admin/periods")).andExpect(status().isForbidden());
		perform(get("/admin/periods/{id}", demo)).andExpect(status().isForbidden());
		perform(withCalendar(post("/admin/periods/new").with(csrf()).param("year", "2025").param("name", "Không")))
			.andExpect(status().isForbidden());
		perform(post("/admin/periods/{id}/close", demo).with(csrf())).andExpect(status().isForbidden());
		perform(post("/admin/periods/{id}/extensions", demo).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		assertThatExceptionOfType(AccessRefusedException.class).isThrownBy(() -> this.cycles.close(demo));
		assertThatExceptionOfType(AccessRefusedException.class).isThrownBy(() -> Actors.run(this.users, "lanhdao.tinh",
				() -> this.cycles.extend(demo, 1L, Phase.SELF_ASSESSMENT, Instant.now(), "x")));
		assertThat(this.cycles.view(demo).status()).isEqualTo(CycleStatus.OPEN);
	}

	@Test
	@WithUserDetails("lanhdao.tinh")
	void theApiListsPeriodsWithTheirUnitsForViewersAndAnswers404AsProblemDetail() throws Exception {
		long demo = demoPeriod();
		perform(get("/api/v1/periods")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[?(@.id == " + demo + ")].status").value("OPEN"));
		perform(get("/api/v1/periods/{id}", demo)).andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.phases[0].phase").value("SELF_ASSESSMENT"))
			.andExpect(jsonPath("$.phases[0].startsAt").value(containsString("T")))
			.andExpect(jsonPath("$.frameworks[0].frameworkId").isNumber())
			.andExpect(jsonPath("$.unitGroups[0].units[0].code").isString());
		perform(get("/api/v1/periods/999999")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.not-found"));
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void unitRolesLearnOnlyWhetherTheirUnitIsEvaluated() throws Exception {
		perform(get("/api/v1/periods/{id}", demoPeriod())).andExpect(status().isOk())
			.andExpect(jsonPath("$.includesMyUnit").value(true))
			.andExpect(jsonPath("$.unitCount").isNumber())
			.andExpect(jsonPath("$.unitGroups").doesNotExist());
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void theLayoutCountsDownToTheUnitsNextDeadline() throws Exception {
		Deadline next = this.cycles.nextDeadline(this.actor.get()).orElseThrow();
		assertThat(next.endsAt()).isAfter(Instant.now());

		perform(get("/my-unit")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn tiếp theo")))
			.andExpect(content().string(containsString(Formats.dateTime(next.endsAt()))))
			.andExpect(content().string(containsString("datetime=\"" + next.endsAt() + "\"")))
			.andExpect(content().string(containsString("data-countdown")));
	}

	@Test
	void anonymousPagesShowNoCountdown() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hạn tiếp theo"))));
	}

	private long create(String name, long frameworkId) throws Exception {
		perform(withCalendar(post("/admin/periods/new").with(csrf())
			.param("year", "2025")
			.param("name", name)
			.param("frameworks[0].peerGroupId", Long.toString(groupId("SO_NGANH")))
			.param("frameworks[0].frameworkId", Long.toString(frameworkId)))).andExpect(status().is3xxRedirection());
		return idOf(name);
	}

	private static MockHttpServletRequestBuilder withCalendar(MockHttpServletRequestBuilder request) {
		return withCalendar(request, CALENDAR);
	}

	private static MockHttpServletRequestBuilder withCalendar(MockHttpServletRequestBuilder request,
			String[][] calendar) {
		for (int i = 0; i < calendar.length; i++) {
			request.param("phases[" + i + "].phase", calendar[i][0])
				.param("phases[" + i + "].startsAt", calendar[i][1])
				.param("phases[" + i + "].endsAt", calendar[i][2]);
		}
		return request;
	}

	private long idOf(String name) {
		return this.cycles.list().stream().filter((row) -> row.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** The demo's open 2025 period. */
	private long demoPeriod() {
		return Actors.as(this.users, "admin", () -> this.cycles.list())
			.stream()
			.filter((row) -> row.name().equals("Kỳ đánh giá Chỉ số CCHC năm 2025"))
			.min(java.util.Comparator.comparingLong(CycleRow::id))
			.orElseThrow()
			.id();
	}

	private long demoFramework(int year, String unitTypes) {
		List<FrameworkRow> rows = Actors.as(this.users, "admin", () -> this.frameworks.list(year));
		return rows.stream()
			.filter((row) -> row.unitTypes().equals(unitTypes) && row.versionNo() == 1)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long groupId(String code) {
		return this.organisation.peerGroups()
			.stream()
			.filter((group) -> group.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long auditCount(long id, String action) {
		return this.jdbc
			.sql("select count(*) from audit_event where subject_type = 'cycle' and action = ? and subject_id = ?")
			.params(action, Long.toString(id))
			.query(Long.class)
			.single();
	}

	/**
	 * Performs the request as the test's user; MockMvc clears the security context
	 * afterwards, so this hands it back for the test's facade calls.
	 */
	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		try {
			return this.mvc.perform(request.with(testSecurityContext()));
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

}
