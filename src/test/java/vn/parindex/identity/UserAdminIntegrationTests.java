package vn.parindex.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.identity.IdentityFixtures.from;

/**
 * The admin's user screens: creating, listing, deactivating and resetting accounts,
 * checked through HTTP down to the database and the audit log.
 */
@IntegrationTest
class UserAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void createsAUnitOfficerAndAuditsItWithoutThePasswordHash() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.moi");
		this.mvc.perform(create(username, Role.UNIT_OFFICER, unit("SKHCN-2025"), IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/admin/users?created=" + username))
			.andExpect(flash().attribute("message", "common.saved"))
			.andExpect(flash().attributeCount(1));
		String audited = this.jdbc.sql("""
				select new_value::text from audit_event
				where action = 'CREATE' and subject_type = 'user' and new_value ->> 'username' = ?""")
			.param(username)
			.query(String.class)
			.single();
		assertThat(audited).contains(username, "UNIT_OFFICER")
			.doesNotContainIgnoringCase("hash")
			.doesNotContain("$2a$", IdentityFixtures.PASSWORD);
	}

	@Test
	void showsAGeneratedPasswordOnceAndMakesTheUserChangeItAtFirstSignIn() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.tam");
		MvcResult created = this.mvc.perform(create(username, Role.UNIT_OFFICER, unit("SKHCN-2025"), ""))
			.andExpect(redirectedUrl("/admin/users?created=" + username))
			.andReturn();
		String password = ((CreatedUser) created.getFlashMap().get("secret")).temporaryPassword();
		assertThat(password).hasSize(16);
		this.mvc.perform(get("/admin/users").param("created", username).with(admin()).flashAttrs(created.getFlashMap()))
			.andExpect(content().string(containsString("<div class=\"alert secret\"")))
			.andExpect(content().string(containsString("<code>" + password + "</code>")))
			.andExpect(content().string(containsString("Đã lưu thay đổi.")));
		this.mvc.perform(get("/admin/users").with(admin())).andExpect(content().string(not(containsString(password))));

		MvcResult signIn = this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/").session((MockHttpSession) signIn.getRequest().getSession(false)))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.ngan");
		this.mvc.perform(create(username, Role.UNIT_OFFICER, unit("SKHCN-2025"), "Mk-11-kytu!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 12 ký tự.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(exists(username)).isFalse();
	}

	@Test
	void refusesAUnitOfficerWithoutAUnit() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.khongdonvi");
		this.mvc.perform(create(username, Role.UNIT_OFFICER, null, IdentityFixtures.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vai trò này phải thuộc một đơn vị.")));
		assertThat(exists(username)).isFalse();
	}

	@Test
	void refusesAUnitForAProvincialViewer() throws Exception {
		String username = IdentityFixtures.uniqueUsername("lanhdao.codonvi");
		this.mvc.perform(create(username, Role.VIEWER, unit("SKHCN-2025"), IdentityFixtures.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vai trò quản trị và lãnh đạo tỉnh không thuộc đơn vị nào.")));
		assertThat(exists(username)).isFalse();
	}

	@Test
	void refusesATakenUsernameWhateverItsCase() throws Exception {
		this.mvc.perform(create("CanBo.SKHCN", Role.UNIT_OFFICER, unit("SKHCN-2025"), IdentityFixtures.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập CanBo.SKHCN đã được dùng.")));
	}

	@Test
	void aDeactivatedUserCannotSignIn() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.khoa");
		long id = createdId(username, IdentityFixtures.PASSWORD);
		this.mvc.perform(post("/admin/users/{id}/deactivate", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "identity.users.deactivated"));
		this.mvc.perform(from("10.9.8.21", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/login?disabled"));

		this.mvc.perform(post("/admin/users/{id}/activate", id).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "identity.users.activated"));
		this.mvc.perform(from("10.9.8.21", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theAdminCannotDeactivateThemself() throws Exception {
		long admin = this.jdbc.sql("select id from identity_user where username = 'admin'").query(Long.class).single();
		this.mvc.perform(post("/admin/users/{id}/deactivate", admin).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("problem", "identity.user.cannot-deactivate-self"));
		assertThat(this.jdbc.sql("select active from identity_user where id = ?")
			.param(admin)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void resettingAPasswordIssuesANewTemporaryOneAndRetiresTheOld() throws Exception {
		String username = IdentityFixtures.uniqueUsername("canbo.datlai");
		long id = createdId(username, IdentityFixtures.PASSWORD);
		MvcResult reset = this.mvc.perform(post("/admin/users/{id}/reset-password", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "identity.users.password-reset"))
			.andReturn();
		String password = ((CreatedUser) reset.getFlashMap().get("secret")).temporaryPassword();
		assertThat(password).hasSize(16).isNotEqualTo(IdentityFixtures.PASSWORD);
		this.mvc.perform(get("/admin/users").with(admin()).flashAttrs(reset.getFlashMap()))
			.andExpect(content().string(containsString("<code>" + password + "</code>")));

		this.mvc.perform(from("10.9.8.22", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/login?error"));
		MvcResult signIn = this.mvc.perform(from("10.9.8.22", formLogin().user(username).password(password)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/").session((MockHttpSession) signIn.getRequest().getSession(false)))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void listsUsersByRoleAndTextWithTheirUnit() throws Exception {
		this.mvc.perform(get("/admin/users").param("role", "UNIT_OFFICER").param("q", "canbo.skhcn").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("canbo.skhcn")))
			.andExpect(content().string(containsString("SKHCN-2025 – Sở Khoa học và Công nghệ")))
			.andExpect(content().string(containsString("Cán bộ đầu mối CCHC")))
			.andExpect(content().string(not(containsString("lanhdao.tinh"))));
	}

	@Test
	void answersHtmxFilterRequestsWithTheResultsOnly() throws Exception {
		this.mvc.perform(get("/admin/users").param("active", "true").header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"user-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void offersOnlyCurrentUnitsOnTheCreateForm() throws Exception {
		this.mvc.perform(get("/admin/users/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SKHCN-2025 – Sở Khoa học và Công nghệ")))
			.andExpect(content().string(not(containsString("H_TAM_NONG"))))
			.andExpect(content().string(containsString("để hệ thống tạo mật khẩu tạm thời")));
	}

	private org.springframework.test.web.servlet.RequestBuilder create(String username, Role role, Long unitId,
			String password) {
		return post("/admin/users").with(admin())
			.with(csrf())
			.param("username", username)
			.param("fullName", "Người Dùng Thử")
			.param("email", username + "@dongthap.gov.vn")
			.param("role", role.name())
			.param("unitId", (unitId != null) ? unitId.toString() : "")
			.param("password", password);
	}

	private long createdId(String username, String password) throws Exception {
		this.mvc.perform(create(username, Role.VIEWER, null, password)).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from identity_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private boolean exists(String username) {
		return this.jdbc.sql("select count(*) from identity_user where lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	private long unit(String code) {
		return this.organisation.findByCode(code).orElseThrow().id();
	}

	private RequestPostProcessor admin() {
		return IdentityFixtures.signedInAs(this.userDetails, "admin");
	}

}
