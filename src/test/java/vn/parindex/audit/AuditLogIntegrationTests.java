package vn.parindex.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.parindex.IntegrationTest;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit log is append-only in the database itself, records every change made through
 * a facade, and the admin screen and CSV export show it with its filters.
 */
@IntegrationTest
class AuditLogIntegrationTests {

	static final String CSV_HEADER = "id,occurred_at_utc,occurred_at_local,actor,actor_unit,action,subject_type,"
			+ "subject_id,old_value,new_value,request_id,client_ip";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void databaseRefusesToUpdateAnAuditRow() {
		long id = probe("append-only-update");
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_event set actor = 'mallory' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertProbeUnchanged(id);
	}

	@Test
	void databaseRefusesToDeleteAnAuditRow() {
		long id = probe("append-only-delete");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertProbeUnchanged(id);
	}

	@Test
	void databaseRefusesToTruncateTheAuditLog() {
		long id = probe("append-only-truncate");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertProbeUnchanged(id);
	}

	@Test
	@WithUserDetails("admin")
	void unitChangeThroughTheFacadeWritesOneRowWithActorAndOldAndNewValues() {
		long unit = AuditFixtures.department(this.organisation, "AUD_LOG_CHANGE", "Sở Nhật Ký Cũ");
		assertThat(rowsFor(unit)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("action", "CREATE").containsEntry("old_value", null));

		AuditFixtures.rename(this.organisation, unit, "Sở Nhật Ký Mới");

		List<Map<String, Object>> rows = rowsFor(unit);
		assertThat(rows).extracting((row) -> row.get("action")).containsExactly("CREATE", "UPDATE");
		Map<String, Object> update = rows.get(1);
		assertThat(update).containsEntry("actor", "admin")
			.containsEntry("actor_unit_id", null)
			.containsEntry("request_id", null);
		JsonNode before = this.json.readTree((String) update.get("old_value"));
		JsonNode after = this.json.readTree((String) update.get("new_value"));
		assertThat(before.get("name").stringValue()).isEqualTo("Sở Nhật Ký Cũ");
		assertThat(after.get("name").stringValue()).isEqualTo("Sở Nhật Ký Mới");
		assertThat(after.get("code").stringValue()).isEqualTo(vn.parindex.TestRun.code("AUD_LOG_CHANGE"));
	}

	@Test
	@WithUserDetails("admin")
	void screenShowsTheRowsMatchingActorSubjectTypeAndSubjectIdAndNoOthers() throws Exception {
		long wanted = AuditFixtures.department(this.organisation, "AUD_SCREEN_WANTED", "Sở Được Tìm");
		AuditFixtures.rename(this.organisation, wanted, "Sở Được Tìm (đổi tên)");
		AuditFixtures.department(this.organisation, "AUD_SCREEN_OTHER", "Sở Không Được Tìm");

		String html = page("/admin/audit?actor=admin&subjectType=org-unit&subjectId=" + wanted);

		assertThat(html).contains("Tìm thấy 2 kết quả").contains("Trang 1/1");
		String table = table(html);
		assertThat(rowCount(table)).isEqualTo(2);
		assertThat(table).contains("AUD_SCREEN_WANTED")
			.contains("Sở Được Tìm (đổi tên)")
			.contains("Tạo mới")
			.contains("Cập nhật")
			.contains("<summary>name</summary>")
			.doesNotContain("AUD_SCREEN_OTHER");
		assertThat(html).contains("/admin/audit.csv?actor=admin&amp;subjectType=org-unit&amp;subjectId=" + wanted);
	}

	@Test
	@WithUserDetails("admin")
	void dateFilterKeepsTodaysRowsAndAFutureFromDateShowsNone() throws Exception {
		long unit = AuditFixtures.department(this.organisation, "AUD_DATES", "Sở Lọc Ngày");
		LocalDate today = LocalDate.now(this.clock);
		String base = "/admin/audit?subjectType=org-unit&subjectId=" + unit;

		String sameDay = page(base + "&from=" + Formats.date(today) + "&to=" + Formats.date(today));
		assertThat(rowCount(table(sameDay))).isEqualTo(1);

		String future = page(base + "&from=" + Formats.date(today.plusDays(1)));
		assertThat(future).contains("Tìm thấy 0 kết quả")
			.contains("Không có bản ghi nào khớp với bộ lọc.")
			.doesNotContain("<table class=\"data\"");
	}

	@Test
	@WithUserDetails("admin")
	void badDateReRendersTheFormWithAVietnameseError() throws Exception {
		for (String bad : List.of("31/02/2024", "hôm qua", "2024-13-01")) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/admin/audit").with(testSecurityContext())
					.param("actor", "admin")
					.param("from", bad)
					.accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(bad).isEqualTo(200);
			assertThat(HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8))).as(bad)
				.contains("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/01/2024.")
				.contains("aria-invalid=\"true\"")
				.contains("value=\"" + bad + "\"")
				.contains("value=\"admin\"")
				.doesNotContain("<table class=\"data\"");
		}
	}

	@Test
	@WithUserDetails("admin")
	void reversedDateRangeIsExplainedInsteadOfShowingNothing() throws Exception {
		String html = page("/admin/audit?from=02/01/2025&to=01/01/2025");
		assertThat(html).contains("Ngày \"Đến ngày\" phải bằng hoặc sau ngày \"Từ ngày\".".replace("\"", "&quot;"))
			.doesNotContain("<table class=\"data\"");
	}

	@Test
	@WithUserDetails("admin")
	void htmxRequestGetsTheResultsAndTheFormToSwapInPlace() throws Exception {
		long unit = AuditFixtures.department(this.organisation, "AUD_HTMX", "Sở Htmx");
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/audit").with(testSecurityContext())
				.param("subjectId", Long.toString(unit))
				.header("HX-Request", "true"))
			.andReturn()
			.getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html).doesNotContain("<html")
			.contains("id=\"audit-results\"")
			.contains("hx-swap-oob=\"true\"")
			.contains("AUD_HTMX");
		assertThat(page("/admin/audit")).doesNotContain("hx-swap-oob");
	}

	@Test
	void screenShowsTheRequestIdAndAddressOfASignIn() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("DongThap@2026"))
			.andExpect(authenticated().withUsername("admin"));
		Map<String, Object> signIn = this.jdbc.sql("""
				select request_id, client_ip from audit_event
				where actor = 'admin' and action = 'LOGIN_SUCCESS' order by id desc limit 1""").query().singleRow();
		assertThat(signIn.get("request_id")).isNotNull();

		String html = this.mvc
			.perform(get("/admin/audit").param("actor", "admin")
				.param("subjectType", "user")
				.with(user(this.userDetailsService.loadUserByUsername("admin")))
				.accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(table(html)).contains("Đăng nhập thành công")
			.contains("Mã yêu cầu: " + signIn.get("request_id"))
			.contains("Địa chỉ IP: " + signIn.get("client_ip"));
	}

	@Test
	@WithUserDetails("admin")
	void csvExportHasTheBomTheHeaderAndTheRowWithItsJson() throws Exception {
		long unit = AuditFixtures.department(this.organisation, "AUD_CSV", "Sở Xuất \"CSV\", thử");
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/audit.csv").with(testSecurityContext())
				.param("subjectType", "org-unit")
				.param("subjectId", Long.toString(unit)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
		String day = LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"nhat-ky-" + day + ".csv\"");
		assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		byte[] body = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);

		List<List<String>> records = AuditFixtures
			.records(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
		assertThat(String.join(",", records.get(0))).isEqualTo(CSV_HEADER);
		assertThat(records).hasSize(2);
		List<String> row = records.get(1);
		assertThat(row).hasSize(12);
		assertThat(row.get(3)).isEqualTo("admin");
		assertThat(row.get(5)).isEqualTo("CREATE");
		assertThat(row.get(6)).isEqualTo("org-unit");
		assertThat(row.get(7)).isEqualTo(Long.toString(unit));
		assertThat(row.get(2)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		assertThat(row.get(8)).isEmpty();
		JsonNode created = this.json.readTree(row.get(9));
		assertThat(created.get("code").stringValue()).isEqualTo(vn.parindex.TestRun.code("AUD_CSV"));
		assertThat(created.get("name").stringValue()).isEqualTo("Sở Xuất \"CSV\", thử");
	}

	@Test
	@WithUserDetails("admin")
	void csvExportNeutralisesAValueThatStartsWithAFormula() throws Exception {
		// A failed sign-in records the typed user name as the actor, so anyone can put
		// text
		// there.
		this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id)
				values ('=HYPERLINK("http://evil.example")', 'LOGIN_FAILURE', 'user', 'csv-injection-probe')""")
			.update();
		byte[] body = this.mvc
			.perform(get("/admin/audit.csv").with(testSecurityContext()).param("subjectId", "csv-injection-probe"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);

		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").doesNotContain(",=HYPERLINK");
		assertThat(AuditFixtures.records(csv.substring(1)).get(1).get(3))
			.isEqualTo("'=HYPERLINK(\"http://evil.example\")");
	}

	@Test
	@WithUserDetails("admin")
	void csvExportWithABadDateIsRefusedWithAReason() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/audit.csv").with(testSecurityContext())
				.param("from", "31/02/2024")
				.accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getHeader("Content-Disposition")).isNull();
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Ngày không hợp lệ");
	}

	private long probe(String subjectId) {
		return this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id, new_value)
				values ('probe', 'CREATE', 'test-probe', ?, cast('{"a":1}' as jsonb)) returning id""")
			.param(subjectId)
			.query(Long.class)
			.single();
	}

	private void assertProbeUnchanged(long id) {
		Map<String, Object> row = this.jdbc
			.sql("select actor, action, new_value::text as new_value from audit_event where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor", "probe")
			.containsEntry("action", "CREATE")
			.containsEntry("new_value", "{\"a\": 1}");
	}

	private List<Map<String, Object>> rowsFor(long unit) {
		return this.jdbc.sql("""
				select action, actor, actor_unit_id, request_id, old_value::text as old_value,
				       new_value::text as new_value
				from audit_event where subject_type = 'org-unit' and subject_id = ? order by id""")
			.param(Long.toString(unit))
			.query()
			.listOfRows();
	}

	private String page(String url) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(url).with(testSecurityContext()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String table(String html) {
		int start = html.indexOf("<table class=\"data\"");
		assertThat(start).as("results table").isNotNegative();
		return html.substring(start, html.indexOf("</table>", start));
	}

	private static int rowCount(String table) {
		String body = table.substring(table.indexOf("<tbody>"));
		return body.split("<tr", -1).length - 1;
	}

}
