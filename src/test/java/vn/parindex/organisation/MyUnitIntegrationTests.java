package vn.parindex.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My unit": every unit role sees its own unit; the leader manages its phòng and ban, the
 * officer only reads them, and nobody touches another unit's.
 */
@IntegrationTest
class MyUnitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("lanhdao.skhcn")
	void leaderAddsASubUnitToTheirOwnUnit() throws Exception {
		String code = TestRun.code("PHONG");
		OrganisationFixtures.perform(this.mvc, get("/my-unit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thêm phòng, ban")));
		OrganisationFixtures
			.perform(this.mvc,
					post("/my-unit/sub-units").param("code", code).param("name", "Phòng Thử Nghiệm").with(csrf()))
			.andExpect(redirectedUrl("/my-unit#sub-units"));
		assertThat(this.jdbc.sql("""
				select u.code from organisation_sub_unit s join organisation_unit u on u.id = s.unit_id
				where s.code = ?""").param(code).query(String.class).single()).isEqualTo("SKHCN-2025");
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void officerSeesTheSubUnitsButCannotChangeThem() throws Exception {
		OrganisationFixtures.perform(this.mvc, get("/my-unit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Chuyển đổi số")))
			.andExpect(content().string(not(containsString("Thêm phòng, ban"))));
		OrganisationFixtures
			.perform(this.mvc, post("/my-unit/sub-units").param("code", "X").param("name", "Phòng X").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("lanhdao.skhcn")
	void leaderCannotDeactivateAnotherUnitsSubUnit() throws Exception {
		long stp = this.jdbc.sql("select id from organisation_unit where code = 'STP-2025'").query(Long.class).single();
		long other = this.jdbc.sql("""
				insert into organisation_sub_unit (unit_id, code, name) values (?, ?, 'Văn phòng Sở Tư pháp')
				returning id""").params(stp, TestRun.code("VP")).query(Long.class).single();
		OrganisationFixtures.perform(this.mvc, post("/my-unit/sub-units/" + other + "/deactivate").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select active from organisation_sub_unit where id = ?")
			.param(other)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	@WithUserDetails("lanhdao.tinh")
	void viewerHasNoUnitOfTheirOwn() throws Exception {
		OrganisationFixtures.perform(this.mvc, get("/my-unit")).andExpect(status().isForbidden());
	}

}
