package vn.parindex.remediation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.TestRun;
import vn.parindex.scoring.ScoringTestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The plan as an administrative document (PDF) and as a sheet (xlsx), read back; the
 * submitted plan is signed by the leader, a line past its due date shows overdue.
 */
@IntegrationTest
class PlanExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theDraftPrintsAsAnAdministrativeDocumentAndASheet() throws Exception {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		String cause = "Chậm ban hành " + TestRun.SUFFIX;
		LocalDate due = planned(drafted, cause);

		String text = pdfText(download(PlanFixtures.OFFICER, "/remediation/plans/" + drafted.planId() + ".pdf"));
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("KẾ HOẠCH")
			.contains("Khắc phục, duy trì và nâng cao Chỉ số cải cách hành chính năm 2025")
			.contains("DỰ THẢO")
			.contains("I. MỤC ĐÍCH, YÊU CẦU")
			.contains("III. NỘI DUNG, GIẢI PHÁP KHẮC PHỤC")
			.contains(ScoringTestFixtures.CUT)
			.contains(cause)
			.contains("Nơi nhận:")
			.contains("THỦ TRƯỞNG ĐƠN VỊ");

		byte[] xlsx = download("lanhdao.tinh", "/remediation/plans/" + drafted.planId() + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row row = find(sheet, ScoringTestFixtures.CUT);
			assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1.0);
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo(cause);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
			assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(due);
		}
	}

	@Test
	void theSubmittedPlanIsSignedAndALateLineShowsOverdue() throws Exception {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		LocalDate due = planned(drafted, "Thiếu theo dõi");
		long version = PlanFixtures.view(this.context, PlanFixtures.LEADER, drafted.planId()).header().version();
		PlanFixtures.as(this.context, PlanFixtures.LEADER, (plans) -> {
			plans.submit(drafted.planId(), version);
			return null;
		});
		PlanView submitted = PlanFixtures.view(this.context, "admin", drafted.planId());
		assertThat(submitted.header().status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(submitted.may().returnPlan()).isTrue();

		String text = pdfText(download("admin", "/remediation/plans/" + drafted.planId() + ".pdf"));
		assertThat(text).doesNotContain("DỰ THẢO").contains(String.valueOf(submitted.header().submitterName()));

		this.clock.set(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(7)).plusSeconds(3600));
		ItemRow late = PlanFixtures.item(PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId()),
				ScoringTestFixtures.CUT);
		assertThat(late.shown()).isEqualTo(ItemStatus.OVERDUE);
		assertThat(pdfText(download(PlanFixtures.OFFICER, "/remediation/plans/" + drafted.planId() + ".pdf")))
			.contains("Quá hạn");
	}

	/** Plans every line of the draft; the due date given to them. */
	private LocalDate planned(PlanFixtures.Drafted drafted, String cause) {
		PlanView plan = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());
		LocalDate due = plan.today().plusDays(20);
		PlanFixtures.as(this.context, PlanFixtures.OFFICER, (plans) -> {
			for (ItemRow item : plan.items()) {
				plans.editItem(drafted.planId(), item.id(), new ItemForm(item.version(), null, cause,
						"Ban hành kế hoạch theo dõi", null, "Nguyễn Văn Bình", due), null);
			}
			return null;
		});
		return due;
	}

	private static Row find(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
					&& code.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(code + " not in the sheet");
	}

	private byte[] download(String user, String path) throws Exception {
		MvcResult started = this.mvc
			.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(user))))
			.andExpect(request().asyncStarted())
			.andReturn();
		MockHttpServletResponse response = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		return response.getContentAsByteArray();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
