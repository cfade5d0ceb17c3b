package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Questionnaire versions as files on the screens: the demo's download as YAML and xlsx
 * and read back the same; an xlsx uploaded by the admin adds a version, a bad one is
 * refused with its cells named; VIEWER may download but not upload, a unit officer
 * neither.
 */
@IntegrationTest
class QuestionnaireFileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SurveyOverview overview;

	@Test
	void theDemoQuestionnairesDownloadAsYamlAndXlsx() throws Exception {
		List<QuestionnaireRow> rows = Actors.as(this.users, "admin", () -> this.overview.questionnaires());
		assertThat(rows).extracting(QuestionnaireRow::code).contains("SIPAS-2017", "SIPAS-2023", "phieu_02");
		long id = id(rows, "SIPAS-2017");
		Questionnaire expected;
		try (InputStream in = new ClassPathResource("demo/questionnaire-sipas-2017.yaml").getInputStream()) {
			expected = QuestionnaireYaml.read(in);
		}
		String yaml = this.mvc.perform(get("/admin/surveys/questionnaires/{id}.yaml", id).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("phieu-sipas-2017-v1.yaml")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(QuestionnaireYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(expected);
		byte[] xlsx = this.mvc.perform(get("/admin/surveys/questionnaires/{id}.xlsx", id).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("phieu-sipas-2017-v1.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Phiếu").getRow(1).getCell(1).getStringCellValue()).isEqualTo("SIPAS-2017");
			assertThat(workbook.getSheet("Câu hỏi").getRow(1).getCell(2).getStringCellValue()).isEqualTo("TC1");
		}
		assertThat(QuestionnaireXlsx.read(new ByteArrayInputStream(xlsx))).isEqualTo(expected);
		byte[] weighted = this.mvc
			.perform(get("/admin/surveys/questionnaires/{id}.xlsx", id(rows, "phieu_02")).with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(QuestionnaireXlsx.read(new ByteArrayInputStream(weighted)).questions()).hasSize(6)
			.allSatisfy((question) -> assertThat(question.type()).isEqualTo(QuestionType.WEIGHTED));
		this.mvc.perform(get("/admin/surveys/questionnaires/{id}.xlsx", Long.MAX_VALUE).with(as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUploadedWorkbookAddsAVersionAndABadOneNamesItsCells() throws Exception {
		String code = TestRun.code("QX") + "-" + UUID.randomUUID().toString().substring(0, 6);
		String yaml = QuestionnaireXlsxTests.WEIGHTED.replace("code: XHH-XLSX", "code: " + code);
		Questionnaire form = QuestionnaireYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
		byte[] good = QuestionnaireXlsxTests.write(form);
		this.mvc.perform(upload(good, "admin"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/surveys"));
		List<QuestionnaireRow> rows = Actors.as(this.users, "admin", () -> this.overview.questionnaires());
		assertThat(rows).filteredOn((row) -> row.code().equals(code))
			.singleElement()
			.satisfies((row) -> assertThat(row.version()).isEqualTo(3));
		this.mvc.perform(get("/admin/surveys").with(as("admin"))).andExpect(content().string(containsString(code)));
		this.mvc.perform(upload(good, "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Đã có phiếu " + code)));

		Questionnaire bad = new Questionnaire(code, 4, form.nameVi(), null, form.respondents(), form.formula(),
				List.of(new Questionnaire.Factor("CT", "Chất lượng",
						List.of(new Questionnaire.Question("CT1", "", QuestionType.SCALE, List.of())))));
		this.mvc.perform(upload(QuestionnaireXlsxTests.write(bad), "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Câu hỏi!D2")))
			.andExpect(content().string(containsString("Ô này không được để trống.")));
		assertThat(Actors.as(this.users, "admin", () -> this.overview.questionnaires()))
			.filteredOn((row) -> row.code().equals(code))
			.hasSize(1);
	}

	@Test
	void theAdminGetsTheTemplateAndTheLayoutPage() throws Exception {
		byte[] template = this.mvc.perform(get("/admin/surveys/questionnaires/template.xlsx").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheet("Câu hỏi").getRow(0).getCell(7).getStringCellValue())
				.isEqualTo("Trọng số (%)");
		}
		this.mvc.perform(get("/admin/surveys/questionnaires/import").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã phương án")));
	}

	@Test
	void aViewerDownloadsButCannotUploadAndAUnitOfficerDoesNeither() throws Exception {
		long id = id(Actors.as(this.users, "admin", () -> this.overview.questionnaires()), "SIPAS-2017");
		this.mvc.perform(get("/surveys/questionnaires/{id}.xlsx", id).with(as("lanhdao.tinh")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/surveys/questionnaires/{id}.yaml", id).with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SIPAS-2017")));
		this.mvc.perform(upload(new byte[] { 1 }, "lanhdao.tinh")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/surveys/questionnaires/template.xlsx").with(as("lanhdao.tinh")))
			.andExpect(status().isForbidden());
		for (String path : new String[] { "/surveys/questionnaires/{id}.xlsx", "/surveys/questionnaires/{id}.yaml",
				"/admin/surveys/questionnaires/{id}.yaml" }) {
			this.mvc.perform(get(path, id).with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(upload(new byte[] { 1 }, "canbo.skhcn")).andExpect(status().isForbidden());
	}

	private static long id(List<QuestionnaireRow> rows, String code) {
		return rows.stream()
			.filter((row) -> row.code().equals(code) && row.version() == 1)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private RequestBuilder upload(byte[] xlsx, String username) {
		return multipart("/admin/surveys/questionnaires/import")
			.file(new MockMultipartFile("file", "phieu.xlsx", QuestionnaireFileController.XLSX.toString(), xlsx))
			.with(csrf())
			.with(as(username));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
