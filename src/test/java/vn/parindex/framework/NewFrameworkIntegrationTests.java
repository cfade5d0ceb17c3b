package vn.parindex.framework;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.organisation.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A framework from scratch: year, unit types and title give an empty draft with the
 * default bands, which the editor reports as having no fields yet.
 */
@IntegrationTest
class NewFrameworkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void anAdminCreatesAnEmptyFrameworkAndTheEditorSaysItHasNoFields() throws Exception {
		int before = this.frameworks.list(2091).size();
		String target = perform(post("/admin/frameworks/new").with(csrf())
			.param("year", "2091")
			.param("unitTypes", "WARD", "COMMUNE")
			.param("nameVi", "Bộ tiêu chí UBND xã, phường năm 2091")
			.param("nameEn", "Communes 2091")).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));

		FrameworkView view = this.frameworks.view(id);
		assertThat(this.frameworks.list(2091)).hasSize(before + 1);
		assertThat(view.definition().header().unitTypes()).containsExactly(UnitType.WARD, UnitType.COMMUNE);
		assertThat(view.definition().nodes()).isEmpty();
		assertThat(view.definition().bands()).hasSize(5);
		assertThat(view.issues()).extracting(ValidationIssue::messageKey)
			.contains("framework.validation.empty", "framework.validation.scored-total");
		perform(get("/admin/frameworks/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bộ tiêu chí chưa có lĩnh vực nào.")));
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where subject_type = 'framework' and action = 'CREATE' and subject_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("admin")
	void anIncompleteFormIsShownAgainWithEveryProblemAndNothingIsSaved() throws Exception {
		int before = this.frameworks.list(null).size();
		perform(post("/admin/frameworks/new").with(csrf()).param("year", "năm sau").param("nameVi", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Năm không hợp lệ.")))
			.andExpect(content().string(containsString("Hãy chọn ít nhất một loại đơn vị.")))
			.andExpect(content().string(containsString("Hãy nhập tên bộ tiêu chí.")));
		assertThat(this.frameworks.list(null)).hasSize(before);
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void onlyAnAdminCreatesFrameworks() throws Exception {
		perform(get("/admin/frameworks/new")).andExpect(status().isForbidden());
		perform(post("/admin/frameworks/new").with(csrf())
			.param("year", "2091")
			.param("unitTypes", "WARD")
			.param("nameVi", "Không được tạo")).andExpect(status().isForbidden());
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		try {
			return this.mvc.perform(request.with(testSecurityContext()));
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

}
