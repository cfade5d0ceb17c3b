package vn.parindex.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.XlsxRow;
import vn.parindex.shared.xlsx.XlsxSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing users from xlsx: every bad cell is reported and nothing is created, or every
 * row becomes an account with a temporary password.
 */
@IntegrationTest
class UserImportIntegrationTests {

	static final List<String> HEADERS = List.of("Tên đăng nhập", "Họ và tên", "Email", "Vai trò", "Mã đơn vị");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void reportsEveryBadRowWithItsCellAndCreatesNobody() throws Exception {
		String good = IdentityFixtures.uniqueUsername("canbo.tot");
		String unknownUnit = IdentityFixtures.uniqueUsername("canbo.lac");
		String viewerWithUnit = IdentityFixtures.uniqueUsername("lanhdao.thua");
		String badRole = IdentityFixtures.uniqueUsername("canbo.sai");
		byte[] file = xlsx(List.of(good, "Người Tốt", good + "@dongthap.gov.vn", "UNIT_OFFICER", "SKHCN-2025"),
				List.of(good.toUpperCase(), "Người Trùng", "", "UNIT_OFFICER", "SKHCN-2025"),
				List.of(unknownUnit, "Người Lạc", "", "UNIT_OFFICER", "KHONG_CO_DON_VI"),
				List.of(viewerWithUnit, "Người Thừa", "", "VIEWER", "SKHCN-2025"),
				List.of(badRole, "Người Sai", "", "Giám đốc", "SKHCN-2025"));

		MvcResult result = upload(file).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp có 4 lỗi. Chưa có dòng nào được nhập")))
			.andExpect(content().string(containsString("Giá trị này đã xuất hiện ở dòng 2 của tệp.")))
			.andExpect(content().string(containsString("Không có đơn vị mã KHONG_CO_DON_VI.")))
			.andExpect(content().string(containsString("Vai trò quản trị và lãnh đạo tỉnh không thuộc đơn vị nào.")))
			.andExpect(content().string(containsString("Giám đốc")))
			.andReturn();

		@SuppressWarnings("unchecked")
		List<ImportError> errors = (List<ImportError>) result.getModelAndView().getModel().get("errors");
		assertThat(errors).extracting(ImportError::cell, ImportError::messageKey)
			.containsExactlyInAnyOrder(tuple("A3", "import.duplicate-in-file"),
					tuple("E4", "identity.import.unit-unknown"), tuple("E5", "identity.user.unit-not-allowed"),
					tuple("D6", "identity.import.role-unknown"));
		assertThat(existing(good, unknownUnit, viewerWithUnit, badRole)).isZero();
	}

	@Test
	void reportsMissingCellsBadEmailsAndTakenUsernames() throws Exception {
		String fresh = IdentityFixtures.uniqueUsername("canbo.thieu");
		byte[] file = xlsx(List.of("canbo.skhcn", "Trùng Demo", "", "UNIT_OFFICER", "SKHCN-2025"),
				List.of(fresh, "", "khong-phai-email", "UNIT_LEADER", ""),
				List.of("a b", "Tên Có Dấu Cách", "", "", ""));

		MvcResult result = upload(file).andExpect(status().isUnprocessableContent()).andReturn();

		@SuppressWarnings("unchecked")
		List<ImportError> errors = (List<ImportError>) result.getModelAndView().getModel().get("errors");
		assertThat(errors).extracting(ImportError::cell, ImportError::messageKey)
			.containsExactlyInAnyOrder(tuple("A2", "identity.user.username-taken"), tuple("B3", "import.required"),
					tuple("C3", "identity.import.email-invalid"), tuple("E3", "identity.user.unit-required"),
					tuple("A4", "identity.import.username-invalid"), tuple("D4", "import.required"));
		assertThat(existing(fresh)).isZero();
	}

	@Test
	void createsEveryUserOfAGoodFileWithATemporaryPasswordToChange() throws Exception {
		String officer = IdentityFixtures.uniqueUsername("canbo.nhap");
		String leader = IdentityFixtures.uniqueUsername("lanhdao.nhap");
		String viewer = IdentityFixtures.uniqueUsername("tinh.nhap");
		byte[] file = xlsx(List.of(officer, "Cán Bộ Nhập", officer + "@dongthap.gov.vn", "UNIT_OFFICER", "SKHCN-2025"),
				List.of(leader, "Lãnh Đạo Nhập", "", "Lãnh đạo đơn vị", "stp-2025"),
				List.of(viewer, "Lãnh Đạo Tỉnh Nhập", "", "viewer", ""));

		MvcResult result = upload(file).andExpect(redirectedUrl("/admin/users/import")).andReturn();

		@SuppressWarnings("unchecked")
		List<CreatedUser> created = (List<CreatedUser>) result.getFlashMap().get("imported");
		assertThat(created).extracting(CreatedUser::username).containsExactly(officer, leader, viewer);
		assertThat(created).allSatisfy((user) -> assertThat(user.temporaryPassword()).hasSize(16));
		assertThat(this.jdbc.sql("""
				select u.username, u.role, o.code, u.must_change_password from identity_user u
				left join organisation_unit o on o.id = u.unit_id where u.username in (?, ?, ?) order by u.id""")
			.params(officer, leader, viewer)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list()).containsExactly(tuple(officer, "UNIT_OFFICER", "SKHCN-2025", true),
					tuple(leader, "UNIT_LEADER", "STP-2025", true), tuple(viewer, "VIEWER", null, true));

		this.mvc.perform(get("/admin/users/import").with(admin()).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("<div class=\"alert secret\"")))
			.andExpect(content().string(containsString("<code>" + created.get(1).temporaryPassword() + "</code>")));
	}

	@Test
	void rejectsAFileThatIsNotAnXlsx() throws Exception {
		this.mvc
			.perform(multipart("/admin/users/import")
				.file(new MockMultipartFile("file", "nguoi-dung.csv", "text/csv", "a,b,c".getBytes()))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.")));
	}

	@Test
	void asksForAFileWhenNoneIsUploaded() throws Exception {
		this.mvc.perform(multipart("/admin/users/import").with(admin()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy chọn một tệp .xlsx để tải lên.")));
	}

	@Test
	void offersATemplateThatTheImportReads() throws Exception {
		byte[] template = this.mvc.perform(get("/admin/users/import/template.xlsx").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<XlsxRow> rows = XlsxSheet.read(new ByteArrayInputStream(template), HEADERS);
		assertThat(rows).extracting((row) -> row.text("Vai trò"))
			.containsExactly("UNIT_OFFICER", "Lãnh đạo tỉnh (chỉ xem)");
	}

	@Test
	void theImportPageExplainsTheColumns() throws Exception {
		this.mvc.perform(get("/admin/users/import").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị")))
			.andExpect(content().string(containsString("/admin/users/import/template.xlsx")));
	}

	private ResultActions upload(byte[] file) throws Exception {
		return this.mvc.perform(multipart("/admin/users/import")
			.file(new MockMultipartFile("file", "nguoi-dung.xlsx", UserImportController.XLSX.toString(), file))
			.with(admin())
			.with(csrf()));
	}

	@SafeVarargs
	private static byte[] xlsx(List<String>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Người dùng");
			write(sheet.createRow(0), HEADERS);
			for (int r = 0; r < rows.length; r++) {
				write(sheet.createRow(r + 1), rows[r]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

	private long existing(String... usernames) {
		return this.jdbc.sql("select count(*) from identity_user where lower(username) in (:names)")
			.param("names", List.of(usernames))
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor admin() {
		return IdentityFixtures.signedInAs(this.userDetails, "admin");
	}

}
