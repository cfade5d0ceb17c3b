package vn.parindex.audit;

import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.shared.AccessRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the secretariat's ADMIN reads the audit log: the URL rule and the facade both
 * refuse everyone else, including provincial leaders who may read everything else.
 */
@IntegrationTest
class AuditAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	AuditManagement audit;

	@ParameterizedTest
	@ValueSource(strings = { "canbo.skhcn", "lanhdao.tinh", "chutich.hd" })
	void otherRolesGetForbiddenOnTheScreen(String username) throws Exception {
		this.mvc
			.perform(get("/admin/audit").with(user(this.userDetailsService.loadUserByUsername(username)))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "canbo.skhcn", "lanhdao.tinh", "chutich.hd" })
	void otherRolesGetForbiddenOnTheCsvAndNoFile(String username) throws Exception {
		this.mvc.perform(get("/admin/audit.csv").with(user(this.userDetailsService.loadUserByUsername(username))))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Content-Disposition"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/audit", "/admin/audit.csv" })
	void anonymousVisitorIsSentToTheSignInPage(String url) throws Exception {
		this.mvc.perform(get(url).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")))
			.andExpect(header().doesNotExist("Content-Disposition"));
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void facadeRefusesAUnitOfficerWhateverTheUrlRulesSay() {
		assertThatThrownBy(() -> this.audit.page(AuditFilter.all(), 0, 50)).isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> this.audit.subjectTypes()).isInstanceOf(AccessRefusedException.class);
		java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
		assertThatThrownBy(() -> this.audit.exportCsv(AuditFilter.all(), () -> {
			opened.set(true);
			return new StringWriter();
		})).isInstanceOf(AccessRefusedException.class);
		assertThat(opened).as("the download was never opened").isFalse();
	}

	@Test
	@WithUserDetails("lanhdao.tinh")
	void facadeRefusesAProvincialViewer() {
		assertThatThrownBy(() -> this.audit.page(AuditFilter.all(), 0, 50)).isInstanceOf(AccessRefusedException.class);
	}

	@Test
	void facadeRefusesWhenNobodyIsSignedIn() {
		assertThatThrownBy(() -> this.audit.page(AuditFilter.all(), 0, 50)).isInstanceOf(AccessRefusedException.class);
	}

}
