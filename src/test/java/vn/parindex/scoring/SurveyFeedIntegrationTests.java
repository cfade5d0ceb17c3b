package vn.parindex.scoring;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.survey.SurveyResultsFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surveys feed the PAR score and the publication: SKHCN's SURVEY leaves get max ×
 * index ÷ 100 from its campaigns of the period (8.1 from SIPAS, 8.2 from the mean option
 * weight of phiếu 02), the leaf without a campaign (8.3) is listed and gets nothing; the
 * publication freezes the survey indexes, which the portal then shows.
 */
@IntegrationTest
class SurveyFeedIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicResults results;

	private Long cycleId;

	@AfterEach
	void closePeriod() {
		if (this.cycleId != null) {
			Actors.run(this.users, "admin", () -> this.context.getBean(CycleManagement.class).close(this.cycleId));
		}
	}

	@Test
	void surveyLeavesTakeTheIndexesAndThePortalShowsThemOncePublished() throws Exception {
		ScoringTestFixtures.Approved approved = ScoringTestFixtures.approved(this.context);
		this.cycleId = approved.cycleId();
		SurveyResultsFixtures.sipasAndPhieu02(this.context, approved.cycleId(), approved.unitId());

		ResultsPreview preview = Actors.as(this.users, "admin",
				() -> this.context.getBean(ScoringManagement.class).preview(approved.cycleId()));
		FieldResult survey = preview.results()
			.unit(approved.unitId())
			.orElseThrow()
			.fields()
			.stream()
			.filter((field) -> field.code().equals("8"))
			.findFirst()
			.orElseThrow();
		assertThat(survey.points()).as("8.1: 15 × 93 %% = 13,95; 8.2: 8 × 80 %% = 6,40; 8.3: none")
			.isEqualByComparingTo("20.35");
		assertThat(preview.surveyGaps().get(approved.unitId())).containsExactly("8.3");

		String sipas = "/portal/%d/surveys/SIPAS";
		long publication = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
			.publish(approved.cycleId(), ScoringTestFixtures.DECISION, null));
		ResultsSnapshot snapshot = this.results.publication(publication).orElseThrow().snapshot();
		ResultsSnapshot.SurveyUnit published = snapshot.survey("SIPAS")
			.orElseThrow()
			.unit(approved.unitId())
			.orElseThrow();
		assertThat(published.index()).isEqualByComparingTo(SurveyResultsFixtures.SIPAS_INDEX);
		assertThat(published.rank()).isEqualTo(1);
		assertThat(published.low()).isLessThan(new BigDecimal("93")).isGreaterThan(new BigDecimal("85"));
		assertThat(published.factors()).hasSize(5);
		ResultsSnapshot.Survey phieu = snapshot.survey("phieu_02").orElseThrow();
		assertThat(phieu.weighted()).isTrue();
		assertThat(phieu.unit(approved.unitId()).orElseThrow().index())
			.isEqualByComparingTo(SurveyResultsFixtures.PHIEU_02_WEIGHT);

		this.mvc.perform(get(sipas.formatted(publication)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("93,00")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sở Khoa học và Công nghệ")));
		this.mvc.perform(get("/portal/%d/surveys/phieu_02".formatted(publication)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("80,00")));
		this.mvc.perform(get("/portal/%d/surveys/phieu_09".formatted(publication))).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/%d/units/%d".formatted(publication, approved.unitId())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("93,00%")));
	}

	@Test
	void theAggregatedWorkbookHoldsEachCampaignsIndexForTheAdminOnly() throws Exception {
		ScoringTestFixtures.Approved approved = ScoringTestFixtures.approved(this.context);
		this.cycleId = approved.cycleId();
		SurveyResultsFixtures.sipasAndPhieu02(this.context, approved.cycleId(), approved.unitId());
		String address = "/admin/surveys/periods/%d/results.xlsx".formatted(approved.cycleId());

		var started = this.mvc.perform(get(address).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] xlsx = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(valueOf(summary, "SIPAS-", 4)).isEqualTo(93.0);
			assertThat(valueOf(summary, "phieu_02-", 10)).isEqualTo(80.0);
			assertThat(workbook.getSheet("Theo yếu tố").getLastRowNum()).as("the 5 SIPAS factors").isEqualTo(5);
			assertThat(workbook.getSheet("Phương án").getLastRowNum())
				.as("phiếu 02: 6 questions × 4 options; SIPAS: the expectation question's 4")
				.isEqualTo(28);
		}
		for (String other : new String[] { "canbo.skhcn", "lanhdao.tinh" }) {
			this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(other))))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/admin/surveys/periods/%d".formatted(approved.cycleId()))
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("93,00")));
	}

	private static double valueOf(Sheet sheet, String codePrefix, int column) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(codePrefix)) {
				return row.getCell(column).getNumericCellValue();
			}
		}
		throw new AssertionError("no row for " + codePrefix);
	}

}
