package vn.parindex.remediation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A line followed up through the pages: started, refused as done without evidence, done
 * with a file; a renamed program is refused; an own line added and deleted; the plan
 * submitted, returned with a note the unit reads, and every step audited.
 */
@IntegrationTest
class PlanWorkflowIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLineIsDoneOnlyWithEvidence() throws Exception {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		ItemRow line = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId()).items().get(0);
		String base = "/remediation/plans/" + drafted.planId() + "/items/" + line.id();

		assertThat(call(PlanFixtures.OFFICER, status(base, line.version(), "IN_PROGRESS")).getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = call(PlanFixtures.OFFICER, status(base, line.version() + 1, "DONE"));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("chưa có minh chứng");

		MockMultipartFile exe = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
				"MZ\u0090\u0000 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		call(PlanFixtures.OFFICER, multipart(base + "/evidence").file(exe).with(csrf()));
		assertThat(PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId()).item(line.id()).files())
			.isEmpty();
		MockMultipartFile pdf = new MockMultipartFile("file", "Quyết định " + TestRun.SUFFIX + ".pdf",
				"application/pdf", PlanFixtures.pdf());
		assertThat(call(PlanFixtures.OFFICER, multipart(base + "/evidence").file(pdf).with(csrf())).getStatus())
			.isEqualTo(302);

		MockHttpServletResponse done = call(PlanFixtures.OFFICER, status(base, line.version() + 1, "DONE"));
		assertThat(done.getStatus()).isEqualTo(200);
		ItemRow after = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId()).item(line.id());
		assertThat(after.stored()).isEqualTo(ItemStatus.DONE);
		assertThat(after.completedOn()).isNotNull();
		assertThat(after.files()).singleElement().satisfies((file) -> {
			assertThat(file.fileName()).contains(TestRun.SUFFIX);
			assertThat(file.contentType()).isEqualTo("application/pdf");
		});
	}

	@Test
	void anOwnLineIsAddedAndDeletedAndThePlanIsSubmittedAndReturned() throws Exception {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		String plan = "/remediation/plans/" + drafted.planId();
		String own = "Tập huấn " + TestRun.SUFFIX;
		call(PlanFixtures.OFFICER, post(plan + "/items").param("name", own).with(csrf()));
		PlanView added = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());
		ItemRow ownLine = added.items().get(added.items().size() - 1);
		assertThat(ownLine.leafName()).isEqualTo(own);
		assertThat(ownLine.own()).isTrue();
		call(PlanFixtures.OFFICER,
				post(plan + "/items/" + ownLine.id() + "/delete").param("version", String.valueOf(ownLine.version()))
					.with(csrf()));
		PlanView draft = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());
		assertThat(draft.items()).noneMatch((item) -> item.id() == ownLine.id());

		MockHttpServletResponse incomplete = call(PlanFixtures.LEADER,
				post(plan + "/submit").param("version", String.valueOf(draft.header().version())).with(csrf()));
		assertThat(incomplete.getStatus()).isEqualTo(302);
		assertThat(PlanFixtures.view(this.context, PlanFixtures.LEADER, drafted.planId()).header().status())
			.isEqualTo(PlanStatus.DRAFT);

		PlanFixtures.as(this.context, PlanFixtures.OFFICER, (plans) -> {
			for (ItemRow item : draft.items()) {
				plans.editItem(drafted.planId(), item.id(), new ItemForm(item.version(), null, "Nguyên nhân",
						"Giải pháp", null, "Trần Thị C", draft.today().plusDays(10)), null);
			}
			return null;
		});
		call(PlanFixtures.LEADER,
				post(plan + "/submit").param("version", String.valueOf(draft.header().version())).with(csrf()));
		PlanView submitted = PlanFixtures.view(this.context, "admin", drafted.planId());
		assertThat(submitted.header().status()).isEqualTo(PlanStatus.SUBMITTED);

		String note = "Bổ sung minh chứng " + TestRun.SUFFIX;
		call("admin",
				post(plan + "/return").param("version", String.valueOf(submitted.header().version()))
					.param("note", note)
					.with(csrf()));
		MockHttpServletResponse page = call(PlanFixtures.OFFICER, get(plan));
		assertThat(page.getContentAsString()).contains(note).contains("name=\"cause\"");
		assertThat(this.jdbc.sql("""
				select action from audit_event where subject_type = 'remediation-plan' and subject_id = ?
				order by id""").param(String.valueOf(drafted.planId())).query(String.class).list())
			.startsWith("GENERATE")
			.contains("ADD_ITEM", "REMOVE_ITEM", "EDIT_ITEM", "SUBMIT", "RETURN");
	}

	private static AbstractMockHttpServletRequestBuilder<?> status(String base, long version, String status) {
		return post(base + "/status").param("version", String.valueOf(version))
			.param("status", status)
			.header("HX-Request", "true")
			.with(csrf());
	}

	private MockHttpServletResponse call(String user, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return this.mvc
			.perform(request.with(SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(user))))
			.andReturn()
			.getResponse();
	}

}
