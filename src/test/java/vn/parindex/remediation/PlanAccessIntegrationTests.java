package vn.parindex.remediation;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.scoring.ScoringTestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches SKHCN's plan: another unit's officer nothing (page, line, files, exports),
 * the viewer reads but changes nothing, the appraiser nothing; the unit edits a line in
 * place and reads a refusal in the row with nothing saved.
 */
@IntegrationTest
class PlanAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	RemediationEvidence evidence;

	private PlanFixtures.Drafted drafted;

	private ItemRow cut;

	private long fileId;

	private String fileName = "";

	@BeforeEach
	void draftWithAFile() {
		this.drafted = PlanFixtures.drafted(this.context);
		this.cut = PlanFixtures.item(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()),
				ScoringTestFixtures.CUT);
		this.fileName = "Minh chứng " + TestRun.SUFFIX + ".pdf";
		this.fileId = Actors.as(this.users, PlanFixtures.OFFICER, () -> this.evidence.upload(this.drafted.planId(),
				this.cut.id(), new ByteArrayInputStream(PlanFixtures.pdf()), this.fileName));
	}

	@Test
	void anotherUnitsOfficerReachesNothingOfThePlan() throws Exception {
		String base = "/remediation/plans/" + this.drafted.planId();
		for (String path : List.of(base, base + ".pdf", base + ".xlsx", base + "/evidence/" + this.fileId)) {
			refused("canbo.stp", get(path));
		}
		refused("canbo.stp", editCause("Sửa trộm").header("HX-Request", "true"));
		refused("canbo.stp", editCause("Sửa trộm"));
		refused("canbo.stp",
				post(base + "/items/" + this.cut.id() + "/status").param("version", "0")
					.param("status", "IN_PROGRESS")
					.with(csrf()));
		refused("canbo.stp",
				multipart(base + "/items/" + this.cut.id() + "/evidence")
					.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PlanFixtures.pdf()))
					.with(csrf()));
		refused("canbo.stp", post(base + "/items").param("name", "Chen ngang").with(csrf()));
		assertThat(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()).items())
			.noneMatch((item) -> "Chen ngang".equals(item.leafName()))
			.noneMatch((item) -> "Sửa trộm".equals(item.cause()));
		assertThat(call("canbo.stp", get("/remediation")).getContentAsString()).doesNotContain(base + "\"");
	}

	@Test
	void theViewerReadsButChangesNothing() throws Exception {
		String base = "/remediation/plans/" + this.drafted.planId();
		MockHttpServletResponse page = call("lanhdao.tinh", get(base));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Thiếu báo cáo quý IV").doesNotContain("name=\"cause\"");
		assertThat(call("lanhdao.tinh", get(base + "/evidence/" + this.fileId)).getStatus()).isEqualTo(200);
		refused("lanhdao.tinh", editCause("Người xem sửa"));
		refused("lanhdao.tinh", post(base + "/submit").param("version", "0").with(csrf()));
		refused("lanhdao.tinh", post(base + "/return").param("version", "0").param("note", "x").with(csrf()));
		assertThat(PlanFixtures
			.item(PlanFixtures.view(this.context, "lanhdao.tinh", this.drafted.planId()), ScoringTestFixtures.CUT)
			.cause()).isNull();
	}

	@Test
	void theAppraiserAndTheChairReachNoPlan() throws Exception {
		for (String user : List.of("thamdinh.snv", "chutich.hd")) {
			refused(user, get("/remediation"));
			refused(user, get("/remediation/plans/" + this.drafted.planId()));
			refused(user, get("/remediation/plans/" + this.drafted.planId() + "/evidence/" + this.fileId));
		}
	}

	@Test
	void anOfficerEditsButOnlyTheLeaderSubmits() throws Exception {
		long version = PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()).header().version();
		refused(PlanFixtures.OFFICER,
				post("/remediation/plans/" + this.drafted.planId() + "/submit")
					.param("version", String.valueOf(version))
					.with(csrf()));
		assertThat(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()).header().status())
			.isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void theOwnerEditsALineInPlaceAndReadsARefusalInTheRow() throws Exception {
		MockHttpServletResponse saved = call(PlanFixtures.OFFICER,
				editCause("Chưa phân công theo dõi").header("HX-Request", "true"));
		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(saved.getContentAsString()).contains("<tr id=\"item-" + this.cut.id())
			.contains("Chưa phân công theo dõi");

		ItemRow stored = PlanFixtures.item(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()),
				ScoringTestFixtures.CUT);
		MockHttpServletResponse refused = call(PlanFixtures.OFFICER,
				post("/remediation/plans/" + this.drafted.planId() + "/items/" + this.cut.id())
					.param("version", String.valueOf(stored.version()))
					.param("cause", "Lý do mới")
					.param("dueDate", "2000-01-01")
					.header("HX-Request", "true")
					.with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Thời hạn không được trước ngày lập kế hoạch")
			.contains("Lý do mới");
		ItemRow after = PlanFixtures.item(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()),
				ScoringTestFixtures.CUT);
		assertThat(after.cause()).isEqualTo("Chưa phân công theo dõi");
		assertThat(after.version()).isEqualTo(stored.version());

		MockHttpServletResponse stale = call(PlanFixtures.OFFICER, editCause("Cũ"));
		assertThat(stale.getStatus()).isEqualTo(422);
		assertThat(PlanFixtures
			.item(PlanFixtures.view(this.context, PlanFixtures.OFFICER, this.drafted.planId()), ScoringTestFixtures.CUT)
			.cause()).isEqualTo("Chưa phân công theo dõi");
	}

	@Test
	void theApiAnswersTheOwnerAndRefusesAnotherUnitWithAProblem() throws Exception {
		String path = "/api/v1/remediation-plans/" + this.drafted.planId();
		MockHttpServletResponse own = call(PlanFixtures.OFFICER, get(path));
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentType()).startsWith("application/json");
		assertThat(own.getContentAsString()).contains("\"leafCode\":\"1.1.2\"").contains("Thiếu báo cáo quý IV");
		MockHttpServletResponse other = call("canbo.stp", get(path));
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(other.getContentAsString()).doesNotContain("Thiếu báo cáo quý IV");
	}

	private AbstractMockHttpServletRequestBuilder<?> editCause(String cause) {
		return post("/remediation/plans/" + this.drafted.planId() + "/items/" + this.cut.id())
			.param("version", String.valueOf(this.cut.version()))
			.param("cause", cause)
			.with(csrf());
	}

	private void refused(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MockHttpServletResponse response = call(user, request);
		String what = user + " " + response.getStatus();
		assertThat(response.getStatus()).as(what).isEqualTo(403);
		assertThat(response.getContentAsString()).as(what)
			.doesNotContain("Thiếu báo cáo quý IV")
			.doesNotContain(this.fileName)
			.doesNotContain("%PDF");
		assertThat(response.getHeader("Content-Disposition")).as(what).isNull();
	}

	private MockHttpServletResponse call(String user, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return this.mvc
			.perform(request.with(SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(user))))
			.andReturn()
			.getResponse();
	}

}
