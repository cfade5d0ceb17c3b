package vn.parindex.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.organisation.OrganisationManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The official points of a past period imported from the filled template, whole or not at
 * all: the results are computed from them and publish like any period's; a bad file lists
 * every bad cell and applies nothing; only ADMIN imports, and only into a closed period
 * that nobody scored in the system.
 */
@IntegrationTest
class HistoricalResultsIntegrationTests {

	private static final String SOURCE = "Phụ lục Quyết định 97/QĐ-UBND-HC ngày 31/01/2024";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringManagement scoring;

	@Autowired
	HistoricalResults historical;

	@Autowired
	PublicationManagement publications;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	CycleManagement cycles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AppraisalFixtures.of(this.context);
	}

	@AfterEach
	void closePeriods() {
		this.fixtures.closePeriods();
	}

	@Test
	void theFilledTemplateImportsWholeAndItsResultsPublish() throws Exception {
		long cycle = closedPeriod();
		FrameworkDefinition framework = departmentFramework(cycle);
		NodeDefinition cut = framework.node(ScoringTestFixtures.CUT).orElseThrow();
		NodeDefinition na = framework.leaves().stream().filter(NodeDefinition::naAllowed).findFirst().orElseThrow();
		byte[] template = this.mvc.perform(get("/results/{c}/import/template.xlsx", cycle).with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = fill(template, Set.of("SKHCN-2025", "STP-2025"), (unit, leaf, row) -> {
			if (unit.equals("SKHCN-2025") && leaf.equals(cut.code())) {
				row.getCell(5)
					.setCellValue(cut.maxPoints().subtract(new BigDecimal("0.5")).toPlainString().replace('.', ','));
			}
			if (unit.equals("STP-2025") && leaf.equals(na.code())) {
				row.getCell(5).setCellValue("");
				row.getCell(6).setCellValue("x");
			}
		});

		this.mvc
			.perform(multipart("/results/{c}/import", cycle).file(xlsx(filled))
				.param("source", SOURCE)
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/results/" + cycle + "/import"));

		ResultsPreview preview = Actors.as(this.users, "admin", () -> this.scoring.preview(cycle));
		UnitResult science = preview.results().unit(unitId("SKHCN-2025")).orElseThrow();
		UnitResult justice = preview.results().unit(unitId("STP-2025")).orElseThrow();
		BigDecimal total = framework.scoredTotal();
		assertThat(science.points()).isEqualByComparingTo(total.subtract(new BigDecimal("0.5")));
		assertThat(science.lost()).extracting(LostPoints::code).containsExactly(cut.code());
		assertThat(justice.applicableMax()).as("N/A leaves leave the maximum")
			.isEqualByComparingTo(total.subtract(na.maxPoints()));
		assertThat(justice.percent()).isEqualByComparingTo("100.00");
		assertThat(justice.rank()).isEqualTo(1);
		assertThat(science.rank()).isEqualTo(2);

		String audited = this.jdbc.sql("""
				select new_value::text from audit_event
				where action = 'IMPORT_RESULTS' and subject_type = 'cycle' and subject_id = ?""")
			.param(Long.toString(cycle))
			.query(String.class)
			.single();
		assertThat(audited).contains(SOURCE, "\"units\": 2");

		long id = Actors.as(this.users, "admin",
				() -> this.publications.publish(cycle, ScoringTestFixtures.DECISION, null));
		PublishedResults published = this.context.getBean(PublicResults.class).publication(id).orElseThrow();
		assertThat(published.snapshot().unit(unitId("SKHCN-2025")).orElseThrow().result().percent())
			.isEqualByComparingTo(science.percent());

		// the explain view shows each imported leaf to the unit and the province, not to
		// another unit
		this.mvc.perform(get("/results/{c}/units/{u}/explain", cycle, unitId("SKHCN-2025")).with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cut.nameVi())))
			.andExpect(content().string(containsString(SOURCE)));
		String name = this.organisation.findByCode("SKHCN-2025").orElseThrow().name();
		this.mvc.perform(get("/results/{c}/units/{u}/explain", cycle, unitId("SKHCN-2025")).with(as("canbo.skhcn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + name + "</h1>")));
		this.mvc.perform(get("/results/{c}/units/{u}/explain", cycle, unitId("SKHCN-2025")).with(as("canbo.stp")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBadFileListsEveryBadCellAndAppliesNothing() throws Exception {
		long cycle = closedPeriod();
		FrameworkDefinition framework = departmentFramework(cycle);
		NodeDefinition noNa = framework.leaves()
			.stream()
			.filter((leaf) -> !leaf.naAllowed() && !leaf.code().equals(ScoringTestFixtures.CUT))
			.findFirst()
			.orElseThrow();
		String parent = ScoringTestFixtures.CUT.substring(0, ScoringTestFixtures.CUT.lastIndexOf('.'));
		byte[] bad = sheet(List.of(List.of("KHONG_CO", "", "1.1.1", "", "", "1", "", ""),
				List.of("SKHCN-2025", "", "99.9", "", "", "1", "", ""),
				List.of("SKHCN-2025", "", ScoringTestFixtures.CUT, "", "", "999", "", ""),
				List.of("SKHCN-2025", "", noNa.code(), "", "", "", "x", ""),
				List.of("SKHCN-2025", "", parent, "", "", "mười", "", ""),
				List.of("SKHCN-2025", "", ScoringTestFixtures.CUT, "", "", "1", "", "")));

		this.mvc
			.perform(multipart("/results/{c}/import", cycle).file(xlsx(bad))
				.param("source", SOURCE)
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Chưa có dòng nào được nhập")))
			.andExpect(content().string(containsString(">A2<")))
			.andExpect(content().string(containsString(">C3<")))
			.andExpect(content().string(containsString(">F4<")))
			.andExpect(content().string(containsString(">G5<")))
			.andExpect(content().string(containsString(">C6<")))
			.andExpect(content().string(containsString(">C7<")))
			.andExpect(content().string(containsString("Đơn vị SKHCN-2025 còn thiếu")));
		assertThat(Actors.as(this.users, "admin", () -> this.historical.history(cycle))).isEmpty();
		assertThat(Actors.as(this.users, "admin", () -> this.scoring.preview(cycle)).results().units()).isEmpty();

		// the API answers the same cells in a ProblemDetail
		this.mvc
			.perform(multipart("/api/v1/cycles/{c}/results-imports", cycle).file(xlsx(bad))
				.param("source", SOURCE)
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("import.rejected"))
			.andExpect(jsonPath("$.errors[*].cell", hasItems("A2", "C3", "F4", "G5", "C6", "C7")));
	}

	@Test
	void onlyAdminImportsAndOnlyIntoAClosedPeriodNobodyScored() throws Exception {
		long open = this.fixtures.openPeriod();
		byte[] any = sheet(List.of(List.of("SKHCN-2025", "", "1.1.1", "", "", "1", "", "")));
		this.mvc
			.perform(multipart("/results/{c}/import", open).file(xlsx(any))
				.param("source", SOURCE)
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Chỉ nhập kết quả cho kỳ đánh giá đã kết thúc")));
		long closed = closedPeriod();
		for (String user : List.of("canbo.skhcn", "lanhdao.tinh", "chutich.hd")) {
			this.mvc
				.perform(multipart("/api/v1/cycles/{c}/results-imports", closed).file(xlsx(any))
					.param("source", SOURCE)
					.with(as(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/results/{c}/import/template.xlsx", closed).with(as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/results/{c}/import", closed).with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1/cycles/{c}/results-imports", closed).file(xlsx(any))
				.param("source", " ")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("scoring.import.source-required"));
		assertThat(Actors.as(this.users, "admin", () -> this.historical.history(closed))).isEmpty();
	}

	@Test
	void aNewImportReplacesTheOldOneWhichStaysUnchangeable() throws Exception {
		long cycle = closedPeriod();
		byte[] template = Actors.as(this.users, "admin", () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.historical.template(cycle, out);
			return out.toByteArray();
		});
		byte[] first = fill(template, Set.of("SNV-2025"), (unit, leaf, row) -> {
		});
		byte[] second = fill(template, Set.of("SNV-2025", "STP-2025"), (unit, leaf, row) -> {
		});
		for (byte[] file : List.of(first, second)) {
			this.mvc
				.perform(multipart("/api/v1/cycles/{c}/results-imports", cycle).file(xlsx(file))
					.param("source", SOURCE)
					.with(as("admin"))
					.with(csrf()))
				.andExpect(status().isCreated());
		}
		List<ResultsImport> history = Actors.as(this.users, "admin", () -> this.historical.history(cycle));
		assertThat(history).extracting(ResultsImport::unitCount).containsExactly(2, 1);
		assertThat(history).extracting(ResultsImport::current).containsExactly(true, false);
		assertThat(Actors.as(this.users, "admin", () -> this.scoring.preview(cycle)).results().units()).hasSize(2);
		assertThatThrownBy(() -> this.jdbc.sql("update scoring_imported_score set points = 0 where import_id = ?")
			.param(history.get(1).id())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from scoring_results_import where id = ?")
			.param(history.get(1).id())
			.update()).hasMessageContaining("append-only");
	}

	/** A new period, opened and closed at once: nobody scored anything in it. */
	private long closedPeriod() {
		long id = this.fixtures.openPeriod();
		Actors.run(this.users, "admin", () -> this.cycles.close(id));
		return id;
	}

	private FrameworkDefinition departmentFramework(long cycle) {
		return Actors.as(this.users, "admin", () -> {
			long group = this.organisation.findByCode("SKHCN-2025").orElseThrow().peerGroupId();
			return this.frameworks.definition(this.cycles.view(cycle).selectedFrameworks().get(group));
		});
	}

	private long unitId(String code) {
		return this.organisation.findByCode(code).orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static MockMultipartFile xlsx(byte[] bytes) {
		return new MockMultipartFile("file", "ket-qua.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}

	/**
	 * The template's rows of the given units with full marks, changed by the editor;
	 * every other unit's rows removed.
	 */
	private static byte[] fill(byte[] template, Set<String> units, RowEditor editor) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = sheet.getLastRowNum(); r >= 1; r--) {
				Row row = sheet.getRow(r);
				String unit = row.getCell(0).getStringCellValue();
				if (!units.contains(unit)) {
					sheet.removeRow(row);
					continue;
				}
				String max = row.getCell(4).getStringCellValue();
				row.getCell(5).setCellValue(max.isEmpty() ? "0" : max);
				editor.edit(unit, row.getCell(2).getStringCellValue(), row);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] sheet(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		vn.parindex.shared.xlsx.XlsxSheet.template("Điểm", ResultsImportCheck.HEADERS, rows, out);
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface RowEditor {

		void edit(String unit, String leaf, Row row);

	}

}
