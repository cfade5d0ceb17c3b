package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.Formats;
import vn.parindex.shared.xlsx.XlsxSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paper and call-centre responses typed into the campaign's template: a file with bad
 * cells names each one and stores nothing; a good one stores every response, counted.
 */
@IntegrationTest
class SurveyPaperImportIntegrationTests {

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
	void theTemplateFilledInImportsWholeOrNotAtAll() throws Exception {
		SurveyFixtures.Created campaign = SurveyFixtures.campaign(this.context, List.of());
		String base = "/admin/surveys/campaigns/" + campaign.id();
		byte[] template = this.mvc
			.perform(get(base + "/paper-template.xlsx").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> headers = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row first = workbook.getSheetAt(0).getRow(0);
			first.forEach((cell) -> headers.add(cell.getStringCellValue()));
		}
		assertThat(headers).startsWith("Kênh", "Ngày", "TC1").contains("MD1").hasSize(19);
		String today = LocalDate.now(this.clock.withZone(Formats.ZONE))
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

		List<List<String>> bad = List.of(row(headers, "Fax", today, "5", ""),
				row(headers, "Phiếu giấy", "01/01/2020", "5", ""), row(headers, "Điện thoại", today, "7", ""),
				row(headers, "Phiếu giấy", today, "4", "A, Z"));
		this.mvc
			.perform(multipart(base + "/paper").file(xlsx(headers, bad))
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(">A2<")))
			.andExpect(content().string(containsString(">B3<")))
			.andExpect(content().string(containsString(">C4<")))
			.andExpect(content().string(containsString(">S5<")));
		assertThat(responses(campaign.id())).isZero();

		List<List<String>> good = List.of(row(headers, "Phiếu giấy", today, "5", "A, C"),
				row(headers, "Điện thoại", today, "4", ""), row(headers, "giấy", today, "3", "B"));
		this.mvc
			.perform(multipart(base + "/paper").file(xlsx(headers, good))
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(flash().attribute("paperAdded", 3));
		assertThat(responses(campaign.id())).isEqualTo(3);
		assertThat(this.jdbc
			.sql("select channel || ':' || count(*) from survey_response where campaign_id = ? "
					+ "group by channel order by channel")
			.param(campaign.id())
			.query(String.class)
			.list()).containsExactly("PAPER:2", "PHONE:1");
		assertThat(
				this.jdbc.sql("select sum(answers) from survey_tally where campaign_id = ? and question_code = 'TC1'")
					.param(campaign.id())
					.query(Long.class)
					.single())
			.isEqualTo(3);
		this.mvc
			.perform(multipart(base + "/paper").file(xlsx(headers, good))
				.with(user(this.users.loadUserByUsername("lanhdao.tinh")))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	/**
	 * A response with TC1 and every other scale question at the level, and MD1's choices.
	 */
	private static List<String> row(List<String> headers, String channel, String day, String level, String choices) {
		List<String> row = new ArrayList<>(List.of(channel, day));
		for (String header : headers.subList(2, headers.size())) {
			row.add(header.equals("MD1") ? choices : level);
		}
		return row;
	}

	private static MockMultipartFile xlsx(List<String> headers, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxSheet.template("Phiếu", headers, rows, out);
		return new MockMultipartFile("file", "phieu.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
	}

	private long responses(long campaign) {
		return this.jdbc.sql("select count(*) from survey_response where campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single();
	}

}
