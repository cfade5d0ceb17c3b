package vn.parindex.remediation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.TestClock;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's follow-up of the remediation plans: SKHCN's plan of a freshly published
 * period, missing while a draft and received once sent, its share done and overdue items
 * on a fixed day, the workbook, and nobody but ADMIN let in.
 */
@IntegrationTest
class FollowupDashboardIntegrationTests {

	private static final String SKHCN = "SKHCN-2025";

	/** The day the figures are for. */
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	FollowupManagement followup;

	@Autowired
	ApplicationContext context;

	/**
	 * One published period for the class; each test starts from a draft plan of its own
	 * items.
	 */
	private static ScoringTestFixtures.Published shared;

	private static AppraisalFixtures fixtures;

	private ScoringTestFixtures.Published published;

	private long planId;

	@AfterAll
	static void closePeriods() {
		if (fixtures != null) {
			fixtures.closePeriods();
		}
	}

	@BeforeEach
	void plan() {
		if (shared == null) {
			fixtures = AppraisalFixtures.of(this.context);
			shared = ScoringTestFixtures.published(fixtures, this.context);
		}
		this.published = shared;
		this.planId = FollowupTestPlans.emptyPlan(this.jdbc, this.published);
		FollowupTestPlans.draft(this.jdbc, this.planId);
		item(null, "Hoàn thiện quy chế", "DONE", TODAY.minusDays(5), null);
		item("1.1.2", "Mức độ hoàn thành kế hoạch CCHC năm", "IN_PROGRESS", TODAY.plusDays(10), "Nguyễn Văn An");
		item(null, "Báo cáo quý IV đúng hạn", "IN_PROGRESS", TODAY.minusDays(3), "Trần Thị Bình");
		item(null, "Cập nhật cổng dịch vụ công", "NOT_STARTED", TODAY.minusDays(1), null);
		this.clock.set(TODAY.atTime(LocalTime.NOON).atZone(Formats.ZONE).toInstant());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDraftPlanIsMissingUntilSentThenReceived() throws Exception {
		FollowupDashboard before = dashboard("admin");
		assertThat(before.missing()).extracting(FollowupUnit::unitCode).contains(SKHCN);
		String page = page(get("/admin/remediation").param("cycle", String.valueOf(this.published.cycleId())));
		assertThat(page).contains("Theo dõi kế hoạch khắc phục", "data-missing=\"" + SKHCN + "\"",
				"/remediation/plans/" + this.planId,
				"/remediation/gaps/" + this.published.publicationId() + "/province");
		FollowupTestPlans.submit(this.jdbc, this.planId);
		FollowupDashboard after = dashboard("admin");
		assertThat(after.missing()).extracting(FollowupUnit::unitCode).doesNotContain(SKHCN);
		assertThat(after.received()).isEqualTo(before.received() + 1);
		assertThat(page(get("/admin/remediation").param("cycle", String.valueOf(this.published.cycleId()))))
			.doesNotContain("data-missing=\"" + SKHCN + "\"")
			.contains("Đã gửi Sở Nội vụ");
	}

	@Test
	void theShareDoneAndTheOverdueItemsFollowTheClock() throws Exception {
		FollowupUnit unit = skhcn(dashboard("admin"));
		assertThat(unit.total()).isEqualTo(4);
		assertThat(unit.done()).isEqualTo(1);
		assertThat(unit.percent()).isEqualByComparingTo("25");
		assertThat(unit.inProgress()).isEqualTo(1);
		assertThat(unit.overdue()).isEqualTo(2);
		String row = around(page(get("/admin/remediation").param("cycle", String.valueOf(this.published.cycleId()))),
				"data-unit=\"" + SKHCN + "\"");
		assertThat(row).contains("25,00 %", "<progress", "data-col=\"overdue\">2<", "data-col=\"total\">4<");
		List<FollowupOverdue> overdue = ours(dashboard("admin").overdue());
		assertThat(overdue).extracting(FollowupOverdue::daysLate).containsExactly(3L, 1L);
		assertThat(overdue.get(0).responsible()).isEqualTo("Trần Thị Bình");
		this.clock.set(TODAY.plusDays(11).atTime(LocalTime.NOON).atZone(Formats.ZONE).toInstant());
		assertThat(skhcn(dashboard("admin")).overdue()).isEqualTo(3);
		assertThat(skhcn(dashboard("admin")).inProgress()).isZero();
	}

	@Test
	void theLowestShareDoneComesFirst() {
		item(null, "Thêm một nội dung hoàn thành", "DONE", TODAY.minusDays(2), null);
		List<FollowupUnit> units = dashboard("admin").units();
		List<java.math.BigDecimal> shares = new ArrayList<>();
		units.stream().filter((unit) -> unit.percent() != null).forEach((unit) -> shares.add(unit.percent()));
		assertThat(shares).isSorted();
		assertThat(skhcn(dashboard("admin")).percent()).isEqualByComparingTo("40");
	}

	@Test
	void theWorkbookHoldsTheUnitsAndTheOverdueItems() throws Exception {
		MvcResult started = this.mvc
			.perform(get("/admin/remediation/" + this.published.cycleId() + ".xlsx").with(as("admin")))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] bytes = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Row unit = rowOf(workbook.getSheetAt(0), SKHCN).get(0);
			assertThat(unit.getCell(1).getStringCellValue()).isEqualTo("Sở Khoa học và Công nghệ");
			assertThat(unit.getCell(2).getStringCellValue()).isEqualTo("Dự thảo");
			assertThat(unit.getCell(4).getNumericCellValue()).isEqualTo(4);
			assertThat(unit.getCell(5).getNumericCellValue()).isEqualTo(1);
			assertThat(unit.getCell(6).getNumericCellValue()).isEqualTo(25.0);
			assertThat(unit.getCell(8).getNumericCellValue()).isEqualTo(2);
			List<Row> overdue = rowOf(workbook.getSheetAt(1), SKHCN);
			assertThat(overdue).extracting((row) -> row.getCell(2).getStringCellValue())
				.containsExactly("Báo cáo quý IV đúng hạn", "Cập nhật cổng dịch vụ công");
			assertThat(overdue).extracting((row) -> row.getCell(4).getNumericCellValue()).containsExactly(3.0, 1.0);
			assertThat(overdue.get(0).getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(TODAY.minusDays(3));
		}
	}

	@Test
	void nobodyButAnAdminIsLetInAndAViewerMayReadTheFacade() throws Exception {
		for (String username : List.of("canbo.skhcn", "lanhdao.skhcn", "lanhdao.tinh", "thamdinh.snv")) {
			this.mvc.perform(get("/admin/remediation").with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/remediation/" + this.published.cycleId() + ".xlsx").with(as(username)))
				.andExpect(status().isForbidden());
		}
		for (String username : List.of("canbo.skhcn", "lanhdao.skhcn", "thamdinh.snv")) {
			assertThatExceptionOfType(AccessRefusedException.class).isThrownBy(() -> dashboard(username));
		}
		assertThat(skhcn(dashboard("lanhdao.tinh")).total()).isEqualTo(4);
	}

	@Test
	void theViewerReadsTheDashboardOutsideAdminAndUnitsDoNot() throws Exception {
		String cycle = Long.toString(this.published.cycleId());
		this.mvc.perform(get("/remediation/followup").param("cycle", cycle).with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/remediation/followup/" + cycle + ".xlsx")))
			.andExpect(content().string(not(containsString("/admin/remediation"))));
		this.mvc.perform(get("/remediation/followup/" + cycle + ".xlsx").with(as("lanhdao.tinh")))
			.andExpect(status().isOk());
		for (String username : List.of("canbo.skhcn", "lanhdao.skhcn", "thamdinh.snv")) {
			this.mvc.perform(get("/remediation/followup").with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(get("/remediation/followup/" + cycle + ".xlsx").with(as(username)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anUnknownPeriodIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/remediation").param("cycle", "987654321").with(as("admin")))
			.andExpect(status().isNotFound());
	}

	private void item(String leaf, String name, String status, LocalDate due, String officer) {
		FollowupTestPlans.item(this.jdbc, this.planId, leaf, name, status, due, "Khắc phục " + name, officer);
	}

	private FollowupDashboard dashboard(String username) {
		return Actors.as(this.users, username,
				() -> this.followup.dashboard(this.published.cycleId(), FollowupSort.PERCENT));
	}

	private FollowupUnit skhcn(FollowupDashboard dashboard) {
		return dashboard.units().stream().filter((unit) -> unit.planId() == this.planId).findFirst().orElseThrow();
	}

	private List<FollowupOverdue> ours(List<FollowupOverdue> overdue) {
		return overdue.stream().filter((item) -> item.planId() == this.planId).toList();
	}

	private static List<Row> rowOf(Sheet sheet, String code) {
		List<Row> rows = new ArrayList<>();
		sheet.forEach((row) -> {
			if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
				rows.add(row);
			}
		});
		assertThat(rows).as("rows of %s", code).isNotEmpty();
		return rows;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as("admin")))
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

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(username));
	}

}
