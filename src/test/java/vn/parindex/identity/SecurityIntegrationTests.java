package vn.parindex.identity;

import java.time.Duration;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.identity.IdentityFixtures.from;

/**
 * The security policy as a client meets it: headers, sessions, sign-in throttling and
 * auditing, CSRF, and who may reach which page, API and actuator endpoint.
 */
@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServletWebServerApplicationContext context;

	@Autowired
	ConfigurableEnvironment environment;

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		String username = user();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		this.mvc
			.perform(from("10.9.8.10",
					post("/login").session(session)
						.param("username", username)
						.param("password", IdentityFixtures.PASSWORD)
						.with(csrf())))
			.andExpect(redirectedUrl("/"));
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() {
		assertThat(Binder.get(this.environment).bind("server.servlet.session.timeout", Duration.class).get())
			.isEqualTo(Duration.ofMinutes(30));
		Context webapp = (Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0];
		assertThat(webapp.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		String username = user();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(from("10.9.8.7", formLogin().user(username).password("sai-mat-khau-" + attempt)))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(from("10.9.8.7", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(audited("LOGIN_THROTTLED", username)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select new_value ->> 'address' from audit_event where action = 'LOGIN_THROTTLED' "
					+ "and subject_id = ?")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("10.9.8.7");
	}

	@Test
	void failedAndSuccessfulSignInsAreAudited() throws Exception {
		String username = user();
		this.mvc.perform(from("10.9.8.8", formLogin().user(username).password("sai-mat-khau")))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(from("10.9.8.8", formLogin().user(username).password(IdentityFixtures.PASSWORD)))
			.andExpect(redirectedUrl("/"));
		assertThat(audited("LOGIN_FAILURE", username)).isEqualTo(1);
		assertThat(audited("LOGIN_SUCCESS", username)).isEqualTo(1);
		assertThat(this.jdbc.sql("select client_ip from audit_event where action = 'LOGIN_FAILURE' and actor = ?")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("10.9.8.8");
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as("admin"))
				.param("username", IdentityFixtures.uniqueUsername("khong.csrf"))
				.param("fullName", "Không Có CSRF")
				.param("role", "VIEWER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitOfficerCannotReachUserAdministration() throws Exception {
		long target = this.jdbc.sql("select id from identity_user where username = 'lanhdao.skhcn'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/admin/users").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}/deactivate", target).with(as("canbo.skhcn")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select active from identity_user where id = ?")
			.param(target)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc.perform(get("/api/v1/users").with(as("canbo.skhcn")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.forbidden"));
	}

	@Test
	void theApiNamesTheSignedInUserAndAnswersStrangersWith401() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(as("canbo.skhcn")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("canbo.skhcn"))
			.andExpect(jsonPath("$.role").value("UNIT_OFFICER"))
			.andExpect(jsonPath("$.unitCode").value("SKHCN-2025"));
		this.mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("unauthenticated"));
	}

	@Test
	void theAdminListsUsersThroughTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/users").param("role", "UNIT_OFFICER").param("q", "canbo.skhcn").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].username").value("canbo.skhcn"))
			.andExpect(jsonPath("$[0].unitCode").value("SKHCN-2025"))
			.andExpect(jsonPath("$[0].passwordHash").doesNotExist());
	}

	@Test
	void healthIsPublicWhileMetricsAndApiDocsAreForTheAdminOnly() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/v3/api-docs").with(as("canbo.skhcn"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").with(as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/users")));
	}

	/**
	 * A fresh provincial viewer with a known password, so throttling hits nobody else.
	 */
	private String user() {
		String username = IdentityFixtures.uniqueUsername("bao.mat");
		IdentityFixtures.asAdmin(this.userDetails, () -> this.identity
			.create(new UserForm(username, "Người Thử Bảo Mật", null, Role.VIEWER, null, IdentityFixtures.PASSWORD)));
		return username;
	}

	private long audited(String action, String username) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and (actor = ? or subject_id = ?)")
			.params(action, username, username)
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return IdentityFixtures.signedInAs(this.userDetails, username);
	}

}
