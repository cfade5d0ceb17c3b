package vn.parindex.shared.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Error pages speak Vietnamese (English on request); the JSON API answers with
 * ProblemDetail and never a stack trace.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void forbiddenPageIsInVietnameseThroughTheRealContainer() throws Exception {
		HttpResponse<String> forbidden = signedIn("canbo.skhcn").send(
				HttpRequest.newBuilder(URI.create(this.base() + "/admin/units")).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Không có quyền truy cập").contains("<html lang=\"vi\"");
	}

	@Test
	@WithUserDetails("admin")
	void unknownUnitIsA404PageInVietnamese() throws Exception {
		this.mvc.perform(get("/admin/units/987654321").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy")));
	}

	@Test
	@WithUserDetails("admin")
	void unknownUnitInTheApiIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/units/987654321").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
			.andExpect(jsonPath("$.code").value("error.not-found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

	@Test
	@WithUserDetails("admin")
	void conflictAndNotFoundPagesSpeakEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/admin/units/987654321").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
	}

	@Test
	void unexpectedFailureShowsTheVietnamese500PageWithTheRequestIdAndNoStackTrace() throws Exception {
		HttpClient client = signedIn("admin");
		HttpResponse<String> failure = client.send(
				HttpRequest.newBuilder(URI.create(base() + "/test-only/failure")).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
		assertThat(failure.statusCode()).isEqualTo(500);
		String requestId = failure.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(failure.body()).contains("Đã xảy ra lỗi")
			.contains("Không có gì bị lưu dở dang")
			.contains(requestId)
			.doesNotContain("IllegalStateException")
			.doesNotContain("deliberate failure");
	}

	@Test
	void uploadOverTheCeilingGetsTheVietnamese413PageNotTheContainers() throws Exception {
		HttpClient client = signedIn("admin");
		byte[] body = new byte[61 * 1024 * 1024];
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/admin/units/import"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.header("Accept", "text/html")
			.POST(BodyPublishers.ofByteArray(body))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp quá lớn").doesNotContain("Apache Tomcat");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** A client with its own cookies, signed in through the real login form. */
	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), BodyHandlers.ofString())
			.body();
		String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + username + "&password=DongThap%402026&_csrf=" + csrf))
			.build(), BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		return client;
	}

}
