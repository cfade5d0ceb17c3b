package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paper and call-centre responses in bulk from a CSV, one answer per row, through COPY: a
 * good file stores every response and adds exactly its answers to the counts; a file with
 * bad rows names each bad cell and stores nothing; only ADMIN imports.
 */
@IntegrationTest
class SurveyBulkImportIntegrationTests {

	private static final String HEADER = "phieu,chien_dich,kenh,ngay,cau_hoi,tra_loi\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aGoodFileStoresEveryResponseAndCountsExactlyItsAnswers() throws Exception {
		long campaign = SurveyFixtures.campaign(this.context, List.of()).id();
		long audits = audits();
		String iso = today().toString();
		String vn = today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String csv = HEADER + String
			.join("\n", "P1,C,PAPER,D,TC1,5", "P1,C,PAPER,D,TC2,4", "P1,C,PAPER,D,MD1,A", "P1,C,PAPER,D,MD1,C",
					"P2,C,phone,V,TC1,5", "P2,C,phone,V,TC2,2", "\"P3\",C,PAPER,D,TC1,\" 3 \"")
			.replace(",C,", "," + campaign + ",")
			.replace(",D,", "," + iso + ",")
			.replace(",V,", "," + vn + ",") + "\n";
		this.mvc.perform(upload("/admin/surveys/bulk", csv, "admin"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("summary", new BulkImportSummary(3, 7, 1, 2, 1)));

		assertThat(this.jdbc
			.sql("select channel || ':' || answered_on || ':' || status || ':' || count(*) from survey_response "
					+ "where campaign_id = ? group by channel, answered_on, status order by channel")
			.param(campaign)
			.query(String.class)
			.list()).containsExactly("PAPER:" + iso + ":ACCEPTED:2", "PHONE:" + iso + ":ACCEPTED:1");
		assertThat(tallies(campaign)).isEqualTo(Map.of("TC1:5", 2L, "TC1:3", 1L, "TC2:4", 1L, "TC2:2", 1L));
		assertThat(options(campaign)).isEqualTo(Map.of("MD1:A", 1L, "MD1:C", 1L));
		assertThat(this.jdbc
			.sql("select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
					+ "where r.campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(7);
		assertThat(audits()).isEqualTo(audits + 1);

		// The API adds to the counts already there: a semicolon file from Excel, with its
		// byte order mark and the columns in another order.
		String excel = "\uFEFFtra_loi;cau_hoi;phieu;chien_dich;ngay;kenh\r\n5;TC1;X;" + campaign + ";" + vn
				+ ";PAPER\r\n";
		this.mvc.perform(upload("/api/v1/survey-imports", excel, "admin"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.answers").value(1))
			.andExpect(jsonPath("$.paper").value(1));
		assertThat(tallies(campaign)).containsEntry("TC1:5", 3L).hasSize(4);
	}

	@Test
	void aFileWithBadRowsNamesEveryBadCellAndStoresNothing() throws Exception {
		long campaign = SurveyFixtures.campaign(this.context, List.of()).id();
		String d = today().toString();
		String csv = HEADER + String.join("\n", "P1,C,PAPER,D,TC1,5", // 2 good
				"P1,C,PAPER,D,TC1,4", // 3 TC1 answered twice
				"P2,999999999,PAPER,D,TC1,5", // 4 unknown campaign
				"P3,C,FAX,D,TC1,5", // 5 bad channel
				"P4,C,PAPER,31/02/2026,TC1,5", // 6 not a day
				"P5,C,PAPER,2020-01-01,TC1,5", // 7 outside the campaign
				"P6,C,PAPER,D,XX9,5", // 8 unknown question
				"P7,C,PHONE,D,TC2,7", // 9 not a level
				"P8,C,PAPER,D,MD1,Z", // 10 not an option
				"P1,C,PHONE,D,TC2,5", // 11 P1 on line 2 was on paper
				",C,PAPER,D,TC3,5", // 12 no response reference
				"P9,C,PAPER,D,MD1,B", // 13 good
				"P9,C,PAPER,D,MD1,B") // 14 the same option twice
			.replace(",C,", "," + campaign + ",")
			.replace(",D,", "," + d + ",");
		this.mvc.perform(upload("/admin/surveys/bulk", csv, "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp có 11 lỗi")))
			.andExpect(content().string(containsString(">E3<")))
			.andExpect(content().string(containsString(">B4<")))
			.andExpect(content().string(containsString(">C5<")))
			.andExpect(content().string(containsString(">D6<")))
			.andExpect(content().string(containsString(">D7<")))
			.andExpect(content().string(containsString(">E8<")))
			.andExpect(content().string(containsString(">F9<")))
			.andExpect(content().string(containsString(">F10<")))
			.andExpect(content().string(containsString(">A11<")))
			.andExpect(content().string(containsString(">A12<")))
			.andExpect(content().string(containsString(">E14<")))
			.andExpect(content().string(containsString("Không có đợt khảo sát mã &quot;999999999&quot;")));
		this.mvc.perform(upload("/api/v1/survey-imports", csv, "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(11))
			.andExpect(jsonPath("$.errors[*].cell", hasItems("E3", "B4", "D6", "A11", "E14")))
			.andExpect(jsonPath("$.errors[0].row").value(3));
		assertThat(responses(campaign)).isZero();
		assertThat(tallies(campaign)).isEmpty();
		assertThat(options(campaign)).isEmpty();

		String ragged = HEADER + "P1," + campaign + ",PAPER," + d + ",TC1,5\nP2," + campaign + ",PAPER," + d
				+ ",TC1,5,extra\n";
		this.mvc.perform(upload("/api/v1/survey-imports", ragged, "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].code").value("survey.bulk.malformed"));
		// Nothing else wrong: the answers' unique index finds the duplicates on insert.
		String twice = (HEADER + "P1,C,PAPER,D,TC1,5\nP1,C,PAPER,D,TC1,4\nP2,C,PAPER,D,MD1,B\nP2,C,PAPER,D,MD1,B\n")
			.replace(",C,", "," + campaign + ",")
			.replace(",D,", "," + d + ",");
		this.mvc.perform(upload("/api/v1/survey-imports", twice, "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].cell").value("E3"))
			.andExpect(jsonPath("$.errors[1].cell").value("E5"))
			.andExpect(jsonPath("$.errors[1].code").value("survey.bulk.duplicate"));
		assertThat(responses(campaign)).isZero();

		StringBuilder many = new StringBuilder(HEADER);
		for (int i = 0; i < 1_200; i++) {
			many.append("P").append(i).append(',').append(campaign).append(",FAX,").append(d).append(",TC1,5\n");
		}
		this.mvc.perform(upload("/api/v1/survey-imports", many.toString(), "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(BulkResponseImport.LISTED + 1))
			.andExpect(jsonPath("$.errors[999].cell").value("C1001"))
			.andExpect(jsonPath("$.errors[1000].code").value("survey.bulk.more-errors"))
			.andExpect(jsonPath("$.errors[1000].message", containsString("200")));
		this.mvc.perform(upload("/api/v1/survey-imports", "phieu,chien_dich,kenh\nP1,1,PAPER\n", "admin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("survey.bulk.header"));
		assertThat(responses(campaign)).isZero();
	}

	@Test
	void onlyAdminImports() throws Exception {
		long campaign = SurveyFixtures.campaign(this.context, List.of()).id();
		String csv = HEADER + "P1," + campaign + ",PAPER," + today() + ",TC1,5\n";
		this.mvc.perform(get("/admin/surveys/bulk").with(user(this.users.loadUserByUsername("lanhdao.tinh"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload("/admin/surveys/bulk", csv, "lanhdao.tinh")).andExpect(status().isForbidden());
		this.mvc.perform(upload("/api/v1/survey-imports", csv, "canbo.skhcn")).andExpect(status().isForbidden());
		this.mvc.perform(upload("/api/v1/survey-imports", csv, "lanhdao.tinh")).andExpect(status().isForbidden());
		assertThat(responses(campaign)).isZero();
		this.mvc.perform(get("/admin/surveys/bulk").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chien_dich")));
	}

	private RequestBuilder upload(String path, String csv, String username) {
		RequestPostProcessor who = user(this.users.loadUserByUsername(username));
		return multipart(path)
			.file(new MockMultipartFile("file", "phieu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(who)
			.with(csrf());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Formats.ZONE));
	}

	private long responses(long campaign) {
		return this.jdbc.sql("select count(*) from survey_response where campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single();
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from audit_event where subject_type = 'survey-bulk-import'")
			.query(Long.class)
			.single();
	}

	private Map<String, Long> tallies(long campaign) {
		return this.jdbc
			.sql("select question_code || ':' || level as k, sum(answers) as answers from survey_tally "
					+ "where campaign_id = ? group by question_code, level")
			.param(campaign)
			.query((rs, row) -> Map.entry(rs.getString("k"), rs.getLong("answers")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<String, Long> options(long campaign) {
		return this.jdbc
			.sql("select question_code || ':' || option_code as k, sum(answers) as answers from survey_option_tally "
					+ "where campaign_id = ? group by question_code, option_code")
			.param(campaign)
			.query((rs, row) -> Map.entry(rs.getString("k"), rs.getLong("answers")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
