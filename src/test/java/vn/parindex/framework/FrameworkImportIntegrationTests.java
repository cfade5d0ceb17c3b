package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Frameworks imported from xlsx and YAML through the import page, all or nothing and
 * audited, and downloaded as xlsx and YAML by any signed-in user. Imports go to years no
 * demo data uses, so they never disturb other tests.
 */
@IntegrationTest
@WithUserDetails("admin")
class FrameworkImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminImportsAnExportedWorkbookAsANewAuditedFramework() throws Exception {
		long sourceId = demoId("DEPARTMENT");
		byte[] file;
		try (Workbook workbook = workbook(download("/frameworks/" + sourceId + "/export.xlsx"))) {
			workbook.getSheet("Thông tin chung").getRow(1).getCell(1).setCellValue(2087);
			file = bytes(workbook);
		}
		int before = this.frameworks.list(null).size();
		MvcResult result = perform(multipart("/admin/frameworks/import").file(upload("bo.xlsx", file)).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/frameworks/*"))
			.andExpect(flash().attribute("message", "framework.import.done"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/frameworks/".length()));
		assertThat(this.frameworks.list(null)).hasSize(before + 1);
		FrameworkDefinition source = this.frameworks.definition(sourceId);
		assertThat(this.frameworks.definition(id)).isEqualTo(source.withHeader(source.header().withYear(2087)));
		assertThat(result.getFlashMap().get("messageArg")).isEqualTo(source.header().nameVi());
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where subject_type = 'framework' and subject_id = ? and action = 'IMPORT' and actor = 'admin'
				""").param(Long.toString(id)).query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void aBrokenWorkbookListsEveryBadCellAndSavesNothing() throws Exception {
		byte[] file;
		try (Workbook workbook = workbook(download("/frameworks/" + demoId("WARD,COMMUNE") + "/export.xlsx"))) {
			workbook.getSheet("Thông tin chung").getRow(1).getCell(1).setCellValue(2086);
			Sheet nodes = workbook.getSheet("Tiêu chí");
			FrameworkXlsxTests.row(nodes, "1.1.1").getCell(5).setCellValue("abc");
			FrameworkXlsxTests.row(nodes, "1.2").getCell(9).setCellValue("magic");
			FrameworkXlsxTests.row(nodes, "2.2").getCell(11).setCellValue("có lẽ");
			FrameworkXlsxTests.row(nodes, "4").getCell(5).setCellValue(8);
			Row tier = workbook.getSheet("Bậc điểm").createRow(workbook.getSheet("Bậc điểm").getLastRowNum() + 1);
			tier.createCell(0).setCellValue("7.9.9");
			tier.createCell(1).setCellValue(0);
			tier.createCell(5).setCellValue(1);
			file = bytes(workbook);
		}
		int before = this.frameworks.list(null).size();
		String page = perform(multipart("/admin/frameworks/import").file(upload("bo.xlsx", file)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Tệp có 5 lỗi", ">Tiêu chí!F4<", "Giá trị &quot;abc&quot; phải là số.",
				">Tiêu chí!J6<", "Giá trị &quot;magic&quot; không hợp lệ.", ">Tiêu chí!L13<", ">Tiêu chí!F23<",
				"Tổng điểm các mục con là 7, khác điểm tối đa 8.", ">Bậc điểm!A" + (tier(file) + 1) + "<",
				"không có tiêu chí lá mã 7.9.9");
		assertThat(this.frameworks.list(null)).hasSize(before);
		assertThat(this.frameworks.list(2086)).isEmpty();
	}

	@Test
	void adminImportsAYamlFileTakingTheYearFromTheForm() throws Exception {
		long sourceId = demoId("WARD,COMMUNE");
		String yaml = new String(download("/frameworks/" + sourceId + "/export.yaml"), StandardCharsets.UTF_8);
		assertThat(yaml).contains("  year: 2025\n");
		byte[] file = yaml.replace("  year: 2025\n", "").getBytes(StandardCharsets.UTF_8);
		MvcResult result = perform(
				multipart("/admin/frameworks/import").file(upload("bo.yml", file)).param("year", "2088").with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/frameworks/*"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/frameworks/".length()));
		FrameworkDefinition source = this.frameworks.definition(sourceId);
		assertThat(this.frameworks.definition(id)).isEqualTo(source.withHeader(source.header().withYear(2088)));
	}

	@Test
	void theImportPageExplainsBothFormatsAndOffersAnExampleWorkbook() throws Exception {
		String page = perform(get("/admin/frameworks/import")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Nhập bộ tiêu chí", "Thông tin chung", "Bậc điểm", "sub_criteria",
				"/admin/frameworks/import/template.xlsx", "name=\"year\"");
		try (Workbook workbook = workbook(download("/admin/frameworks/import/template.xlsx"))) {
			assertThat(workbook.getSheet("Thông tin chung").getRow(1).getCell(1).getNumericCellValue())
				.isEqualTo(2026.0);
			assertThat(FrameworkXlsx.read(new ByteArrayInputStream(bytes(workbook))).header().year()).isEqualTo(2026);
		}
	}

	@Test
	void anUploadWithoutAKnownFormatIsRefused() throws Exception {
		String page = perform(
				multipart("/admin/frameworks/import").file(upload("bo.csv", new byte[] { 1, 2 })).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Không nhận ra định dạng tệp");
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void anOfficerMayNotImport() throws Exception {
		perform(multipart("/admin/frameworks/import").file(upload("bo.yaml", "framework: {}".getBytes())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void anOfficerDownloadsAFrameworkAsXlsxAndYaml() throws Exception {
		long id = demoId("WARD,COMMUNE");
		FrameworkDefinition definition = this.frameworks.definition(id);
		int version = this.frameworks.summary(id).versionNo();
		MvcResult xlsx = perform(get("/frameworks/" + id + "/export.xlsx")).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, FrameworkImportController.XLSX.toString()))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bo-tieu-chi-2025-WARD-COMMUNE-v" + version + ".xlsx\""))
			.andReturn();
		try (Workbook workbook = workbook(xlsx.getResponse().getContentAsByteArray())) {
			List<String> codes = new ArrayList<>();
			workbook.getSheet("Tiêu chí").forEach((row) -> codes.add(row.getCell(0).getStringCellValue()));
			assertThat(codes).containsAll(definition.leaves().stream().map(NodeDefinition::code).toList());
		}
		MvcResult yaml = perform(get("/frameworks/" + id + "/export.yaml")).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/yaml;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bo-tieu-chi-2025-WARD-COMMUNE-v" + version + ".yaml\""))
			.andReturn();
		assertThat(FrameworkYaml.read(new ByteArrayInputStream(yaml.getResponse().getContentAsByteArray()), null))
			.isEqualTo(definition);
	}

	@Test
	@WithAnonymousUser
	void anAnonymousVisitorIsSentToSignInAndAnyOtherCallerRefused() throws Exception {
		long id = this.jdbc.sql("select min(id) from framework where year = 2025 and unit_types = 'WARD,COMMUNE'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/frameworks/" + id + "/export.xlsx").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/frameworks/" + id + "/export.yaml")).andExpect(status().isUnauthorized());
	}

	/** The demo framework of 2025 for these unit types: the first version. */
	private long demoId(String unitTypes) {
		return this.frameworks.list(2025)
			.stream()
			.filter((row) -> row.unitTypes().equals(unitTypes) && row.versionNo() == 1)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private byte[] download(String url) throws Exception {
		return perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static MockMultipartFile upload(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static Workbook workbook(byte[] bytes) throws java.io.IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static byte[] bytes(Workbook workbook) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** The zero-based index of the last tier row. */
	private static int tier(byte[] file) throws java.io.IOException {
		try (Workbook workbook = workbook(file)) {
			return workbook.getSheet("Bậc điểm").getLastRowNum();
		}
	}

	/**
	 * Performs the request as the test's user and hands the security context back for the
	 * test's facade calls (MockMvc's filter chain clears it).
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
