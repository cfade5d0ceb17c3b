package vn.parindex.reporting;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The open data API is described in the OpenAPI document, in Vietnamese and English, with
 * the schema of its rows.
 */
@IntegrationTest
class OpenDataDocsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theOpenDataIsDocumentedInOpenApi() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs").with(user(this.users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("/api/public/v1/publications/{id}/results.csv")
			.contains("/api/public/v1/publications/{id}/snapshot.json")
			.contains("\"PublishedResultRow\"")
			.contains("Dữ liệu mở")
			.contains("X-Content-SHA256");
	}

}
