package vn.parindex.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.ScoringTestFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's kept responses, over real HTTP through every filter: the same page comes
 * back byte for byte and a 304 answers its ETag; the languages never mix; and a
 * correction shows at once on the page and in the open data.
 */
@IntegrationTest
class PublishedResponseCacheIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Test
	void keptPagesStayTrueAcrossLanguagesAndCorrections() throws Exception {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.context);
		try {
			String page = "/portal/" + published.publicationId();
			HttpResponse<String> first = get(page, null, null);
			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(first.body()).contains("Bảng tổng hợp kết quả Chỉ số CCHC")
				.doesNotContain("Kết quả này đã được đính chính");
			String etag = first.headers().firstValue("ETag").orElseThrow();

			HttpResponse<String> english = get(page, "parindex-lang=en", null);
			assertThat(english.body()).contains("PAR Index results").doesNotContain("Bảng tổng hợp kết quả");
			HttpResponse<String> again = get(page, null, null);
			assertThat(again.body()).isEqualTo(first.body());
			assertThat(again.headers().firstValue("ETag")).contains(etag);
			assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(get(page, null, etag).statusCode()).isEqualTo(304);
			String list = get("/api/public/v1/publications", null, null).body();

			long correction = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
				.publish(published.cycleId(), ScoringTestFixtures.DECISION, "Sửa lỗi đánh máy tên đơn vị"));
			HttpResponse<String> after = get(page, null, etag);
			assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
			assertThat(after.body()).contains("Kết quả này đã được đính chính");
			assertThat(get("/api/public/v1/publications", null, null).body()).isNotEqualTo(list)
				.contains("\"id\":" + correction);
		}
		finally {
			Actors.run(this.users, "admin",
					() -> this.context.getBean(CycleManagement.class).close(published.cycleId()));
		}
	}

	private HttpResponse<String> get(String path, String cookie, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
