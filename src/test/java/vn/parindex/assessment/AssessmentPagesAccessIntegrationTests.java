package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.assessment.evidence.EvidenceSamples;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.UserForm;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The workspace pages, fragments, file downloads and reports: another unit's officer, a
 * viewer and an appraiser reach nothing of a draft (no name, no bytes, no change); ADMIN
 * downloads with safe headers; the owner autosaves, downloads the reports and is told why
 * a renamed program is refused. Never submits SKHCN's assessment, which other tests edit.
 */
@IntegrationTest
class AssessmentPagesAccessIntegrationTests {

	private static final String UNIT = "Sở Khoa học và Công nghệ";

	private static final AtomicInteger FILES = new AtomicInteger();

	private static final AtomicBoolean OFFICER_MADE = new AtomicBoolean();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OrganisationManagement organisation;

	private long cycle;

	private long skhcn;

	private String fileName = "";

	private long evidenceId;

	private long fileId;

	@BeforeEach
	void uploadAFileToTheDraft() {
		this.cycle = AssessmentFixtures.openPeriod(this.users, this.cycles);
		this.skhcn = AssessmentFixtures.assessmentOf(this.users, "canbo.skhcn", this.assessments, this.cycle);
		String unique = unique();
		this.fileName = "Minh chứng nội bộ " + unique + ".pdf";
		this.evidenceId = Actors.as(this.users, "canbo.skhcn",
				() -> this.evidence.upload(this.skhcn, "1.1.1", new ByteArrayInputStream(pdf(unique)), this.fileName,
						new EvidenceDetails("12/KH-SKHCN", null, UNIT, "Mục II")));
		this.fileId = evidenceOn(workspace("canbo.skhcn", this.skhcn), "1.1.1").stream()
			.filter((row) -> row.id() == this.evidenceId)
			.findFirst()
			.orElseThrow()
			.file()
			.id();
	}

	@Test
	void anotherUnitsOfficerReadsNothingOfTheAssessment() throws Exception {
		String base = "/assessments/" + this.skhcn;
		for (String path : List.of(base, base + "/entries/1.1.1", base + "/files/" + this.fileId,
				base + "/files/" + this.fileId + "/preview", base + "/files/" + this.fileId + "/view", base + "/submit",
				base + "/report.xlsx", base + "/report.pdf")) {
			refused(get(path), "canbo.stp");
		}
		refused(get(base + "/entries/1.1.1").header("HX-Request", "true"), "canbo.stp");
	}

	@Test
	void anotherUnitsOfficerChangesNothing() throws Exception {
		String base = "/assessments/" + this.skhcn;
		Workspace before = workspace("canbo.skhcn", this.skhcn);
		long entryVersion = entryOf(before, "1.1.1").version();
		int attached = evidenceOn(before, "1.1.1").size();
		for (boolean htmx : new boolean[] { false, true }) {
			refused(htmx(post(base + "/entries/1.1.1").param("version", String.valueOf(entryVersion))
				.param("met", "false")
				.param("explanation", "Sửa trộm"), htmx).with(csrf()), "canbo.stp");
			refused(htmx(multipart(base + "/entries/1.1.1/evidence").file(pdfPart("bao-cao.pdf")), htmx).with(csrf()),
					"canbo.stp");
			refused(htmx(post(base + "/entries/1.1.2/evidence/reuse").param("fileId", String.valueOf(this.fileId)),
					htmx)
				.with(csrf()), "canbo.stp");
			refused(htmx(post(base + "/entries/1.1.1/evidence/" + this.evidenceId + "/remove"), htmx).with(csrf()),
					"canbo.stp");
		}
		long version = before.header().version();
		refused(post(base + "/submit").param("version", String.valueOf(version)).with(csrf()), "canbo.stp");
		refused(post(base + "/withdraw").param("version", String.valueOf(version))
			.param("reason", "Rút để sửa")
			.with(csrf()), "canbo.stp");

		Workspace after = workspace("canbo.skhcn", this.skhcn);
		assertThat(entryOf(after, "1.1.1").version()).isEqualTo(entryVersion);
		assertThat(entryOf(after, "1.1.1").input().explanation()).isNotEqualTo("Sửa trộm");
		assertThat(evidenceOn(after, "1.1.1")).hasSize(attached).anyMatch((row) -> row.id() == this.evidenceId);
		assertThat(evidenceOn(after, "1.1.2")).noneMatch((row) -> row.file().id() == this.fileId);
		assertThat(after.header().status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(after.header().version()).isEqualTo(version);
	}

	@Test
	void aViewerAndAnAppraiserDoNotReadADraft() throws Exception {
		assertThat(workspace("canbo.skhcn", this.skhcn).header().status()).isEqualTo(AssessmentStatus.DRAFT);
		for (String user : List.of("lanhdao.tinh", "thamdinh.snv")) {
			refused(get("/assessments/" + this.skhcn), user);
			refused(get("/assessments/" + this.skhcn + "/files/" + this.fileId), user);
			refused(get("/assessments/" + this.skhcn + "/files/" + this.fileId + "/preview"), user);
		}
	}

	@Test
	void adminDownloadsAndPreviewsTheFileWithSafeHeaders() throws Exception {
		MockHttpServletResponse page = call("admin", get("/assessments/" + this.skhcn));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains(UNIT).contains(this.fileName);
		assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");

		MockHttpServletResponse download = call("admin", get("/assessments/" + this.skhcn + "/files/" + this.fileId));
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).startsWith("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''")
			.contains(TestRun.SUFFIX);
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(startOf(download)).isEqualTo("%PDF");

		MockHttpServletResponse preview = call("admin",
				get("/assessments/" + this.skhcn + "/files/" + this.fileId + "/preview"));
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentType()).startsWith("application/pdf");
		assertThat(preview.getHeader("Content-Disposition")).startsWith("inline");
		assertThat(preview.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertThat(preview.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'")
			.contains("script-src 'none'");
		assertThat(preview.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(startOf(preview)).isEqualTo("%PDF");
	}

	@Test
	void theOwnerDownloadsTheReportsAsXlsxAndPdf() throws Exception {
		MockHttpServletResponse xlsx = download("canbo.skhcn", "/assessments/" + this.skhcn + "/report.xlsx");
		assertThat(xlsx.getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			assertThat(texts(workbook.getSheetAt(0))).anyMatch((text) -> text.contains(UNIT))
				.anyMatch((text) -> text.contains(this.fileName));
		}

		MockHttpServletResponse pdf = download("canbo.skhcn", "/assessments/" + this.skhcn + "/report.pdf");
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025").contains(UNIT);
		}
	}

	@Test
	void aFileOfAnotherAssessmentIsNotFoundUnderTheOwnersAssessment() throws Exception {
		// another unit's officer of its own, so no other test sees the file
		String officer = otherOfficer();
		long other = AssessmentFixtures.assessmentOf(this.users, officer, this.assessments, this.cycle);
		String unique = unique();
		String otherName = "Hồ sơ Sở Xây dựng " + unique + ".pdf";
		long otherEvidence = Actors.as(this.users, officer, () -> this.evidence.upload(other, "1.1.1",
				new ByteArrayInputStream(pdf(unique)), otherName, new EvidenceDetails(null, null, null, null)));
		long otherFile = evidenceOn(workspace(officer, other), "1.1.1").stream()
			.filter((row) -> row.id() == otherEvidence)
			.findFirst()
			.orElseThrow()
			.file()
			.id();
		String base = "/assessments/" + this.skhcn + "/files/" + otherFile;
		for (String path : List.of(base, base + "/preview", base + "/view")) {
			MockHttpServletResponse response = call("canbo.skhcn", get(path));
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).as(path).doesNotContain("%PDF").doesNotContain(otherName);
			assertThat(response.getHeader("Content-Disposition")).as(path).isNull();
		}
		// its owner reaches it under its own assessment only
		assertThat(call(officer, get("/assessments/" + other + "/files/" + otherFile)).getStatus()).isEqualTo(200);
		assertThat(call(officer, get("/assessments/" + this.skhcn + "/files/" + this.fileId)).getStatus()).isIn(403,
				404);
		// nor can the owner attach it to a leaf of its own assessment
		refusedToOwner(post("/assessments/" + this.skhcn + "/entries/1.1.2/evidence/reuse")
			.param("fileId", String.valueOf(otherFile))
			.with(csrf()), otherName);
		assertThat(evidenceOn(workspace("canbo.skhcn", this.skhcn), "1.1.2"))
			.noneMatch((row) -> row.file().id() == otherFile);
	}

	private void refusedToOwner(AbstractMockHttpServletRequestBuilder<?> request, String name) throws Exception {
		MockHttpServletResponse response = call("canbo.skhcn", request);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain(name);
	}

	/** An officer of SXD-2025, made once per run. */
	private synchronized String otherOfficer() {
		String username = "canbo.sxd." + TestRun.SUFFIX.toLowerCase(Locale.ROOT);
		if (!OFFICER_MADE.getAndSet(true)) {
			long unitId = this.organisation.findByCode("SXD-2025").orElseThrow().id();
			Actors.as(this.users, "admin", () -> this.identity.create(new UserForm(username, "Cán bộ Sở Xây dựng", null,
					Role.UNIT_OFFICER, unitId, "Mat-khau-thu-2026")));
		}
		return username;
	}

	@Test
	void theAutosaveAnswersTheScoreAndVersionAndAStaleVersionConflicts() throws Exception {
		long version = entryOf(workspace("canbo.skhcn", this.skhcn), "1.1.2").version();
		MockHttpServletResponse saved = call("canbo.skhcn", autosave(version, "45", "50"));
		assertThat(saved.getStatus()).isEqualTo(200);
		String body = saved.getContentAsString();
		assertThat(element(body, "span", "score-1_1_2")).endsWith(">1,00");
		assertThat(element(body, "input", "version-1_1_2")).contains("value=\"" + (version + 1) + "\"");
		assertThat(entryOf(workspace("canbo.skhcn", this.skhcn), "1.1.2").selfPoints()).isEqualByComparingTo("1");

		MockHttpServletResponse stale = call("canbo.skhcn", autosave(version, "50", "50"));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Không lưu: canbo.skhcn vừa lưu tiêu chí này")
			.contains("Giá trị của bạn chưa ghi đè")
			.contains("<strong>1,00</strong>");
		EntryRow stored = entryOf(workspace("canbo.skhcn", this.skhcn), "1.1.2");
		assertThat(stored.version()).isEqualTo(version + 1);
		assertThat(stored.selfPoints()).isEqualByComparingTo("1");
	}

	@Test
	void aRenamedProgramIsRefusedInVietnameseAndNothingIsAttached() throws Exception {
		int attached = evidenceOn(workspace("canbo.skhcn", this.skhcn), "1.1.1").size();
		MockMultipartFile exe = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
				EvidenceSamples.windowsExe());
		MockHttpServletResponse refused = call("canbo.skhcn",
				multipart("/assessments/" + this.skhcn + "/entries/1.1.1/evidence").file(exe)
					.header("HX-Request", "true")
					.with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Không nhận tệp").contains("bao-cao.pdf");
		assertThat(evidenceOn(workspace("canbo.skhcn", this.skhcn), "1.1.1")).hasSize(attached);
	}

	// --- helpers

	private void refused(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
		MockHttpServletResponse response = call(user, request);
		String what = user + " " + response.getStatus() + " " + response.getContentAsString();
		assertThat(response.getStatus()).as(what).isIn(403, 404);
		assertThat(response.getContentAsString()).as(what)
			.doesNotContain(this.fileName)
			.doesNotContain("Minh chứng nội bộ")
			.doesNotContain(UNIT)
			.doesNotContain("%PDF");
		assertThat(response.getHeader("Content-Disposition")).as(what).isNull();
	}

	private MockHttpServletResponse call(String user, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return this.mvc.perform(request.with(as(user))).andReturn().getResponse();
	}

	/** A streamed download: the handler answers asynchronously. */
	private MockHttpServletResponse download(String user, String path) throws Exception {
		MvcResult started = this.mvc.perform(get(path).with(as(user))).andExpect(request().asyncStarted()).andReturn();
		MockHttpServletResponse response = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	private MockHttpServletRequestBuilder autosave(long version, String numerator, String denominator) {
		return post("/assessments/" + this.skhcn + "/entries/1.1.2").header("HX-Request", "true")
			.param("version", String.valueOf(version))
			.param("numerator", numerator)
			.param("denominator", denominator)
			.with(csrf());
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B htmx(B request, boolean htmx) {
		return htmx ? request.header("HX-Request", "true") : request;
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(username));
	}

	private Workspace workspace(String user, long id) {
		return Actors.as(this.users, user, () -> this.assessments.workspace(id));
	}

	private static Workspace.Node node(Workspace workspace, String code) {
		return workspace.nodes()
			.stream()
			.filter((node) -> node.definition().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static EntryRow entryOf(Workspace workspace, String code) {
		EntryRow entry = node(workspace, code).entry();
		assertThat(entry).as(code).isNotNull();
		return entry;
	}

	private static List<EvidenceRow> evidenceOn(Workspace workspace, String code) {
		return node(workspace, code).evidence();
	}

	/** The start tag (and text, for a span) of the element with this id. */
	private static String element(String html, String tag, String id) {
		Matcher matcher = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>[^<]*")
			.matcher(html);
		assertThat(matcher.find()).as(id + " in " + html).isTrue();
		return matcher.group().strip();
	}

	private static String startOf(MockHttpServletResponse response) {
		byte[] bytes = response.getContentAsByteArray();
		return new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1);
	}

	private static List<String> texts(Sheet sheet) {
		return StreamSupport.stream(sheet.spliterator(), false)
			.flatMap((Row row) -> StreamSupport.stream(row.spliterator(), false))
			.filter((Cell cell) -> cell.getCellType() == CellType.STRING)
			.map(Cell::getStringCellValue)
			.toList();
	}

	private static MockMultipartFile pdfPart(String name) {
		return new MockMultipartFile("file", name, "application/pdf", pdf(unique()));
	}

	private static String unique() {
		return TestRun.SUFFIX + "-" + FILES.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
	}

	/** A one-page PDF whose bytes no other upload has. */
	private static byte[] pdf(String unique) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(unique);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
