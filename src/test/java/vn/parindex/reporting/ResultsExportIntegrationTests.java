package vn.parindex.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The downloads and open data of a published period, fetched anonymously and read back:
 * the workbook with POI, the PDFs with PDFBox, the CSV and JSON as text, and the snapshot
 * whose SHA-256 is the published one. An unpublished period has none of them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	PublishedPeriod period;

	ResultsSnapshot.Unit unit;

	@BeforeAll
	void publish(ApplicationContext context) {
		this.period = PublishedPeriod.create(context);
		this.unit = this.period.unit();
		assertThat(this.unit.result().unitName()).as("a name with diacritics").matches(".*[^\\x00-\\x7F].*");
	}

	@AfterAll
	void closePeriods(ApplicationContext context) {
		this.period.close(context);
	}

	@Test
	void theWorkbookOpensWithTheDecisionAndTheHashAndRanksTheUnit() throws Exception {
		MockHttpServletResponse response = fetch(this.period.portal("/ranking.xlsx"));
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("chi-so-cchc-" + this.period.results().publication().year() + "-xep-hang.xlsx");
		try (XSSFWorkbook workbook = ExportReaders.workbook(response.getContentAsByteArray())) {
			assertThat(List.of(0, 1, 2)).extracting(workbook::getSheetName)
				.containsExactly("Xếp hạng", "Lĩnh vực", "Tiêu chí");
			Sheet ranking = workbook.getSheet("Xếp hạng");
			assertThat(ExportReaders.row(ranking, 0, "SHA-256 của bản công bố").getCell(1).getStringCellValue())
				.isEqualTo(this.period.sha256());
			assertThat(ExportReaders.row(ranking, 0, "Quyết định số").getCell(1).getStringCellValue())
				.isEqualTo(ScoringTestFixtures.DECISION.number());
			Row row = ExportReaders.row(ranking, 2, this.unit.code());
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(this.unit.result().unitName());
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(this.unit.result().rank().doubleValue());
			assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(this.unit.result().percent().doubleValue(),
					within(1e-9));
			assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(ExportReaders.text(row, 7)).isEqualTo(this.period.band());
		}
	}

	@Test
	void theWorkbookHasTheFinalPointsPerFieldAndCriterion() throws Exception {
		try (XSSFWorkbook workbook = ExportReaders
			.workbook(fetch(this.period.portal("/ranking.xlsx")).getContentAsByteArray())) {
			Row cut = ExportReaders.row(workbook.getSheet("Tiêu chí"),
					(row) -> ExportReaders.text(row, 0).equals(this.unit.code())
							&& ExportReaders.text(row, 2).equals(ScoringTestFixtures.CUT));
			assertThat(cut.getCell(5).getNumericCellValue()).isEqualTo(1.0);
			FieldResult first = this.unit.result().fields().get(0);
			Row field = ExportReaders.row(workbook.getSheet("Lĩnh vực"),
					(row) -> ExportReaders.text(row, 0).equals(this.unit.code())
							&& ExportReaders.text(row, 2).equals(first.code()));
			assertThat(field.getCell(4).getNumericCellValue()).isCloseTo(first.points().doubleValue(), within(1e-9));
		}
	}

	@Test
	void theAnnexPrintsTheUnitItsIndexAndBandUnderTheDecision() throws Exception {
		String annex = ExportReaders.pdfText(fetch(this.period.portal("/annex.pdf")).getContentAsByteArray());
		assertThat(annex).contains("PHỤ LỤC")
			.contains(this.unit.result().unitName())
			.contains(Formats.number(this.unit.result().percent(), 2) + " " + this.period.band())
			.contains(ScoringTestFixtures.DECISION.number());
	}

	@Test
	void theScorecardPrintsTheUnitItsIndexRankBandDecisionAndHash() throws Exception {
		MockHttpServletResponse card = fetch(
				this.period.portal("/units/" + this.period.published().unitId() + "/scorecard.pdf"));
		assertThat(card.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("the-diem-skhcn-2025.pdf");
		assertThat(ExportReaders.pdfText(card.getContentAsByteArray())).contains(this.unit.result().unitName())
			.contains(Formats.percent(this.unit.result().percent()))
			.contains("Hạng " + this.unit.result().rank() + "/" + this.unit.result().rankedCount())
			.contains("Xếp loại " + this.period.band())
			.contains(ScoringTestFixtures.DECISION.number())
			.contains(this.period.sha256());
	}

	@Test
	void theCsvHasABomAHeaderAndTheUnitsRow() throws Exception {
		MockHttpServletResponse response = fetch(this.period.api("/results.csv"));
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(response.getContentType()).startsWith("text/csv");
		List<String> lines = ExportReaders.utf8(bytes).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("publicationId,year,seq,peerGroupId,peerGroup,unitId,unitCode,unitName,");
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("," + this.unit.code() + ",")
			.contains("," + this.unit.result().unitName() + ",")
			.contains("," + this.unit.result().percent().toPlainString() + ","));
	}

	@Test
	void theJsonRowsAndTheListShowThePublication() throws Exception {
		JsonNode row = ExportReaders.element(json(this.period.api("/results.json")), "unitId",
				this.period.published().unitId());
		assertThat(row.get("unitName").asString()).isEqualTo(this.unit.result().unitName());
		assertThat(row.get("percent").decimalValue()).isEqualByComparingTo(this.unit.result().percent());
		assertThat(row.get("rank").asInt()).isEqualTo(this.unit.result().rank());
		JsonNode list = json("/api/public/v1/publications");
		JsonNode entry = ExportReaders.element(list, "id", this.period.published().publicationId());
		assertThat(entry.get("sha256").asString()).isEqualTo(this.period.sha256());
		assertThat(entry.get("links").get("snapshot").asString()).isEqualTo(this.period.api("/snapshot.json"));
		assertThat(list.valueStream().map((node) -> node.get("cycleId").asLong()))
			.doesNotContain(this.period.unpublished().cycleId());
	}

	@Test
	void theSnapshotIsExactlyTheHashedBytes() throws Exception {
		MockHttpServletResponse response = fetch(this.period.api("/snapshot.json"));
		String sha = ExportReaders.sha256(response.getContentAsByteArray());
		assertThat(sha).isEqualTo(this.period.sha256());
		assertThat(response.getHeader(Download.DIGEST_HEADER)).isEqualTo(sha);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + sha + "\"");
	}

	@Test
	void aClientWithTheCurrentCopyGetsNotModified() throws Exception {
		for (String path : List.of(this.period.portal("/ranking.xlsx"), this.period.api("/results.csv"),
				this.period.api("/snapshot.json"))) {
			String etag = fetch(path).getHeader(HttpHeaders.ETAG);
			assertThat(etag).contains(this.period.sha256());
			MockHttpServletResponse again = response(get(path).header(HttpHeaders.IF_NONE_MATCH, etag));
			assertThat(again.getStatus()).as(path).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).isEmpty();
		}
	}

	@Test
	void nothingExistsForAPublicationThatWasNeverMadeNorForAUnitOutsideIt() throws Exception {
		for (long id : List.of(Long.MAX_VALUE, 0L)) {
			String api = "/api/public/v1/publications/" + id;
			for (String path : List.of("/portal/" + id + "/ranking.xlsx", "/portal/" + id + "/annex.pdf",
					"/portal/" + id + "/units/" + this.period.published().unitId() + "/scorecard.pdf",
					api + "/results.json", api + "/results.csv", api + "/snapshot.json")) {
				assertThat(response(get(path)).getStatus()).as(path).isEqualTo(404);
			}
		}
		assertThat(response(get(this.period.portal("/units/0/scorecard.pdf"))).getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		MockHttpServletResponse response = response(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private JsonNode json(String path) throws Exception {
		return ExportReaders.json(fetch(path).getContentAsString(StandardCharsets.UTF_8));
	}

}
