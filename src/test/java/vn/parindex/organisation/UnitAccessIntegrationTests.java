package vn.parindex.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and change units, on screens and in the API: ADMIN everything, VIEWER reads
 * everything, unit roles only their own unit, anonymous callers nothing.
 */
@IntegrationTest
class UnitAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void unitOfficerCannotOpenTheAdminScreensOrCreateUnits() throws Exception {
		this.mvc.perform(get("/admin/units").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/units/new").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/units").with(as("canbo.skhcn")).with(csrf()).param("code", "T_HACK"))
			.andExpect(status().isForbidden());
		assertThat(this.organisation.findByCode("T_HACK")).isEmpty();
	}

	@Test
	void unitOfficerReadsOwnUnitInTheApiButGetsAProblemForAnotherUnit() throws Exception {
		long own = idOf("SKHCN-2025");
		long other = idOf("STP-2025");
		this.mvc.perform(get("/api/v1/units/" + other).with(as("canbo.skhcn")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.forbidden"))
			.andExpect(jsonPath("$.unit").doesNotExist());
		this.mvc.perform(get("/api/v1/units/" + own).with(as("canbo.skhcn")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("SKHCN-2025"))
			.andExpect(jsonPath("$.subUnits[*].code", hasItem("VP")));
	}

	@Test
	void unitOfficerSeesOwnUnitPageButNotAnotherUnitsOrTheList() throws Exception {
		this.mvc.perform(get("/units/" + idOf("SKHCN-2025")).with(as("canbo.skhcn"))).andExpect(status().isOk());
		this.mvc.perform(get("/units/" + idOf("STP-2025")).with(as("canbo.skhcn")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sở Tư pháp"))));
		this.mvc.perform(get("/units").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/units").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
	}

	@Test
	void viewerReadsTheListAndTheApiWithoutEditButtonsButCannotCreate() throws Exception {
		String page = this.mvc.perform(get("/units").param("year", "2026").with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">SKHCN-2025<").doesNotContain("/admin/units/new", "/admin/units/import");
		this.mvc
			.perform(get("/api/v1/units").param("type", "DEPARTMENT").param("year", "2026").with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("STP-2025")))
			.andExpect(jsonPath("$[*].type", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DEPARTMENT"))));
		this.mvc.perform(get("/units/" + idOf("STP-2025")).with(as("lanhdao.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/edit"))));
		this.mvc.perform(post("/admin/units").with(as("lanhdao.tinh")).with(csrf()).param("code", "T_VIEWER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousApiCallerGetsAnUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("unauthenticated"));
	}

	@Test
	void unknownUnitIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/units/987654321").with(as("admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.not-found"));
	}

	@Test
	void openApiDocumentsTheUnitsEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get.summary").value("List units"))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}'].get.summary").value("Get one unit"));
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.userDetailsService.loadUserByUsername(username));
	}

	private long idOf(String code) {
		return this.organisation.findByCode(code).orElseThrow().id();
	}

}
