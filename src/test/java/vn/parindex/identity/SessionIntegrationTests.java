package vn.parindex.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deactivating an account or resetting its password ends the sessions it has open.
 */
@IntegrationTest
class SessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityManagement identity;

	@Test
	void deactivationEndsTheUsersOpenSession() throws Exception {
		String username = IdentityFixtures.uniqueUsername("phien.khoa");
		long id = IdentityFixtures.asAdmin(this.users, () -> this.identity
			.create(new UserForm(username, "Người Thử Phiên", null, Role.VIEWER, null, IdentityFixtures.PASSWORD))
			.id());
		MockHttpSession session = signIn(username);
		this.mvc.perform(get("/overview").session(session)).andExpect(status().isOk());

		IdentityFixtures.asAdmin(this.users, () -> {
			this.identity.deactivate(id);
			return id;
		});

		this.mvc.perform(get("/overview").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void otherUsersSessionsSurviveADeactivation() throws Exception {
		String kept = IdentityFixtures.uniqueUsername("phien.giu");
		String ended = IdentityFixtures.uniqueUsername("phien.dung");
		long endedId = IdentityFixtures.asAdmin(this.users, () -> {
			this.identity
				.create(new UserForm(kept, "Người Giữ Phiên", null, Role.VIEWER, null, IdentityFixtures.PASSWORD));
			return this.identity
				.create(new UserForm(ended, "Người Dừng Phiên", null, Role.VIEWER, null, IdentityFixtures.PASSWORD))
				.id();
		});
		MockHttpSession session = signIn(kept);
		IdentityFixtures.asAdmin(this.users, () -> {
			this.identity.deactivate(endedId);
			return endedId;
		});
		this.mvc.perform(get("/overview").session(session)).andExpect(status().isOk());
	}

	private MockHttpSession signIn(String username) throws Exception {
		MvcResult login = this.mvc
			.perform(IdentityFixtures.from("10.7.7.7", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		return session;
	}

}
