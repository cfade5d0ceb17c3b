package vn.parindex.organisation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.xlsx.XlsxSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units imported from xlsx: every row is checked first, a single bad cell applies nothing
 * and names every bad cell, a good file creates and updates units with their audit rows.
 */
@IntegrationTest
@WithUserDetails("admin")
class UnitImportIntegrationTests {

	/** Codes stay unique when the suite runs again against the same external database. */
	static final String RUN = vn.parindex.TestRun.SUFFIX;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	UnitImport unitImport;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rejectsAFileWithBadRowsNamingEveryCellAndAppliesNothing() throws Exception {
		String good = "T_IMP_OK_" + RUN;
		byte[] file = xlsx(row(good, "Xã Nhập Tốt", "COMMUNE", "XA_PHUONG", "01/07/2025", "", ""),
				row("T_IMP_B3_" + RUN, "Xã Loại Sai", "THON", "XA_PHUONG", "01/07/2025", "", ""),
				row("T_IMP_B4_" + RUN, "Xã Nhóm Sai", "COMMUNE", "KHONG_CO", "01/07/2025", "", ""),
				row("T_IMP_B5_" + RUN, "Xã Ngày Sai", "COMMUNE", "XA_PHUONG", "31/02/2025", "", ""),
				row(good, "Xã Trùng Mã", "COMMUNE", "XA_PHUONG", "01/07/2025", "", ""),
				row("T_IMP_B7_" + RUN, "Xã Kế Thừa Lạ", "COMMUNE", "XA_PHUONG", "01/07/2025", "", "KHONG_CO_MA"),
				row("T_IMP_B8_" + RUN, "Xã Ngược", "COMMUNE", "XA_PHUONG", "01/07/2025", "30/06/2025", ""),
				row("T_IMP_B9_" + RUN, "", "COMMUNE", "XA_PHUONG", "01/07/2025", "", ""),
				row("T_IMP_B10_" + RUN, "Xã Tiền Thân Còn Hiệu Lực", "COMMUNE", "XA_PHUONG", "01/06/2025", "",
						"H_CHAU_THANH:AREA_TAKEN_OVER_BY"));
		String page = OrganisationFixtures
			.perform(this.mvc, multipart("/admin/units/import").file(upload(file)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp có 8 lỗi", ">D3<", "Không có loại đơn vị “THON”", ">E4<",
				"Không có nhóm xếp hạng mã “KHONG_CO”", ">G5<", ">A6<", "đã xuất hiện ở dòng 2", ">I7<",
				"Không có đơn vị mã “KHONG_CO_MA”", ">H8<", ">B9<", ">I10<", "H_CHAU_THANH vẫn còn hiệu lực");
		assertThat(this.organisation.findByCode(good)).isEmpty();
		assertThat(this.organisation.findByCode("T_IMP_B3_" + RUN)).isEmpty();
	}

	@Test
	void appliesAGoodFileCreatingAndUpdatingUnitsWithLineageAndAudit() throws Exception {
		String existing = "T_IMP_OLD_" + RUN;
		String created = "T_IMP_NEW_" + RUN;
		long existingId = this.organisation.create(new UnitForm(existing, "Huyện Cũ", "H. Cũ", UnitType.RURAL_DISTRICT,
				OrganisationFixtures.groupId(this.organisation, "HUYEN"),
				OrganisationFixtures.provinceId(this.organisation, "DT_OLD"), null, null, 0));
		byte[] file = xlsx(
				List.of(existing, "Huyện Cũ (đã giải thể)", "H. Cũ", "UBND huyện", "HUYEN", "DT_OLD", "", "30/06/2025",
						""),
				List.of(created, "Xã Mới Nhập", "", "UBND xã", "XA_PHUONG", "DT", "01/07/2025", "",
						existing + ":AREA_TAKEN_OVER_BY; H_CHAU_THANH"));
		OrganisationFixtures.perform(this.mvc, multipart("/admin/units/import").file(upload(file)).with(csrf()))
			.andExpect(redirectedUrl("/admin/units/import"))
			.andExpect(flash().attribute("summary", new UnitImportSummary(1, 1, 1)));
		UnitRow updated = this.organisation.findByCode(existing).orElseThrow();
		assertThat(updated.name()).isEqualTo("Huyện Cũ (đã giải thể)");
		assertThat(updated.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		UnitRow fresh = this.organisation.findByCode(created).orElseThrow();
		assertThat(fresh.type()).isEqualTo(UnitType.COMMUNE);
		assertThat(fresh.shortName()).isEqualTo("Xã Mới Nhập");
		assertThat(this.organisation.unit(fresh.id()).predecessors())
			.extracting(UnitView.LineageRow::code, UnitView.LineageRow::relation, UnitView.LineageRow::effective)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("H_CHAU_THANH", LineageRelation.MERGED_INTO,
							LocalDate.of(2025, 7, 1)),
					org.assertj.core.groups.Tuple.tuple(existing, LineageRelation.AREA_TAKEN_OVER_BY,
							LocalDate.of(2025, 7, 1)));
		assertThat(actions(existingId)).containsExactly("CREATE", "UPDATE");
		assertThat(actions(fresh.id())).containsExactly("CREATE", "SET_LINEAGE");
	}

	@Test
	void rejectsAnUploadThatIsNotAnXlsx() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "units.xlsx", UnitImportController.XLSX.toString(),
				"Mã đơn vị;Tên đầy đủ\nX;Y".getBytes(StandardCharsets.UTF_8));
		String page = OrganisationFixtures.perform(this.mvc, multipart("/admin/units/import").file(text).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.");
	}

	@Test
	void rejectsAFileOverTenMegabytesWithAClearMessage() throws Exception {
		MockMultipartFile big = new MockMultipartFile("file", "units.xlsx", UnitImportController.XLSX.toString(),
				new byte[10 * 1024 * 1024 + 1]);
		String page = OrganisationFixtures.perform(this.mvc, multipart("/admin/units/import").file(big).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp lớn hơn 10 MB. Không có dòng nào được nhập.");
	}

	@Test
	void rejectsAnEmptyUpload() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "", UnitImportController.XLSX.toString(), new byte[0]);
		String page = OrganisationFixtures.perform(this.mvc, multipart("/admin/units/import").file(empty).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hãy chọn một tệp .xlsx để tải lên.");
	}

	@Test
	void rejectsAFileWithTheWrongHeaders() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxSheet.template("Sai", List.of("Mã", "Tên"), List.of(), out);
		String page = OrganisationFixtures
			.perform(this.mvc, multipart("/admin/units/import").file(upload(out.toByteArray())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">A1<", "Tiêu đề cột phải là");
	}

	@Test
	void templateHasTheHeadersAndTwoExampleRowsThatWouldImport() throws Exception {
		byte[] template = OrganisationFixtures.perform(this.mvc, get("/admin/units/import/template.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(XlsxSheet.read(new ByteArrayInputStream(template), UnitImport.HEADERS)).hasSize(2);
		assertThat(this.unitImport.plan(new ByteArrayInputStream(template))).hasSize(2);
	}

	@Test
	void importPageExplainsEveryColumn() throws Exception {
		String page = OrganisationFixtures.perform(this.mvc, get("/admin/units/import"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(UnitImport.HEADERS.toArray(String[]::new))
			.contains("/admin/units/import/template.xlsx", "enctype=\"multipart/form-data\"");
	}

	private List<String> actions(long unitId) {
		return this.jdbc
			.sql("select action from audit_event where subject_type = 'org-unit' and subject_id = ? order by id")
			.param(Long.toString(unitId))
			.query(String.class)
			.list();
	}

	private static List<String> row(String code, String name, String type, String group, String from, String to,
			String predecessors) {
		return List.of(code, name, "", type, group, "DT", from, to, predecessors);
	}

	@SafeVarargs
	private static byte[] xlsx(List<String>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Đơn vị");
			List<List<String>> all = new ArrayList<>();
			all.add(UnitImport.HEADERS);
			all.addAll(List.of(rows));
			for (int r = 0; r < all.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < all.get(r).size(); c++) {
					row.createCell(c).setCellValue(all.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "don-vi.xlsx", UnitImportController.XLSX.toString(), content);
	}

}
