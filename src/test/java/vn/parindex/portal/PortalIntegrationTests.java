package vn.parindex.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.scoring.UnitResult;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public portal, for a visitor nobody signed in: nothing of a period before it is
 * published; after, its ranking, unit pages, search, the embeddable table, HTTP caching
 * and the notice on a corrected publication.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicResults results;

	@Autowired
	MockMvc mvc;

	ScoringTestFixtures.Published published;

	UnitResult unit;

	@BeforeAll
	void publish() {
		this.published = ScoringTestFixtures.published(this.context);
		this.unit = this.results.publication(this.published.publicationId())
			.orElseThrow()
			.snapshot()
			.unit(this.published.unitId())
			.orElseThrow()
			.result();
	}

	@AfterAll
	void closePeriod() {
		close(this.published.cycleId());
	}

	@Test
	void aPeriodNotPublishedDoesNotExist() throws Exception {
		ScoringTestFixtures.Approved approved = ScoringTestFixtures.approved(this.context);
		String name = Actors.as(this.users, "admin",
				() -> this.context.getBean(CycleManagement.class).view(approved.cycleId()).name());
		try {
			assertThat(this.results.latest(approved.cycleId())).isEmpty();
			assertThat(page("/portal")).doesNotContain(name);
			for (String url : urls(unusedPublicationId(), approved.unitId())) {
				assertThat(this.mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
			}
			for (String url : urls(approved.cycleId(), approved.unitId())) {
				assertThat(body(this.mvc.perform(get(url)).andReturn())).as(url).doesNotContain(name);
			}
		}
		finally {
			close(approved.cycleId());
		}
	}

	@Test
	void theRankingShowsThePublishedUnitWithItsPercentBandAndDecision() throws Exception {
		ResultsSnapshot.Group group = this.results.publication(this.published.publicationId())
			.orElseThrow()
			.snapshot()
			.group(this.unit.peerGroupId())
			.orElseThrow();
		String ranking = page("/portal/" + this.published.publicationId() + "?group=" + group.peerGroupId());
		assertThat(ranking).contains(this.unit.unitName(), Formats.number(this.unit.percent(), 2),
				this.unit.band().labelVi(), ScoringTestFixtures.DECISION.number(), "31/01/2026",
				ScoringTestFixtures.DECISION.signer(), "data-ranking-chart", group.name(),
				this.results.publication(this.published.publicationId()).orElseThrow().publication().sha256(),
				"/api/public/v1/publications/" + this.published.publicationId() + "/snapshot.json");
		assertThat(ranking).doesNotContain("_csrf");
		long current = this.results.latest(this.published.cycleId()).orElseThrow().publication().id();
		assertThat(page("/portal")).contains(this.unit.unitName(), "/portal/" + current + "\"");
	}

	@Test
	void theUnitPageCompareAndSearchShowThePublishedResult() throws Exception {
		String base = "/portal/" + this.published.publicationId();
		assertThat(page(base + "/units/" + this.published.unitId())).contains(this.unit.unitName(),
				"Chưa có số liệu khảo sát", ScoringTestFixtures.CUT, this.unit.fields().get(0).name(),
				"data-field-chart", ScoringTestFixtures.DECISION.number());
		long id = this.published.unitId();
		assertThat(page(base + "/compare?a=" + id + "&b=" + id)).contains("So sánh " + this.unit.unitName());
		String folded = Diacritics.fold(this.unit.unitName());
		assertThat(folded).isNotEqualTo(this.unit.unitName());
		assertThat(page("/portal/search?q=" + folded)).contains(base + "/units/" + id);
		assertThat(page("/portal/search?q=khong+co+don+vi+nao+nhu+vay")).doesNotContain(base + "/units/");
	}

	@Test
	void pagesAnswerNotModifiedWhileThePublicationIsTheSame() throws Exception {
		String url = "/portal/" + this.published.publicationId();
		MvcResult first = this.mvc.perform(get(url)).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(first.getRequest().getSession(false)).as("a shared cache must not keep a session").isNull();
		MvcResult again = this.mvc.perform(get(url).header("If-None-Match", etag)).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsString()).isEmpty();
		MvcResult english = this.mvc.perform(get(url + "?lang=en").header("If-None-Match", etag)).andReturn();
		assertThat(english.getResponse().getStatus()).isEqualTo(200);
		assertThat(english.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void theEmbedPageMayBeFramedByOtherSitesAndTheOthersMayNot() throws Exception {
		MvcResult embed = this.mvc.perform(get("/portal/embed/" + this.published.publicationId())).andReturn();
		assertThat(embed.getResponse().getStatus()).isEqualTo(200);
		assertThat(embed.getResponse().getHeader("X-Frame-Options")).isNull();
		assertThat(embed.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(body(embed)).contains(this.unit.unitName()).doesNotContain("main-menu", "portal-search");
		MvcResult ranking = this.mvc.perform(get("/portal/" + this.published.publicationId())).andReturn();
		assertThat(ranking.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void aCorrectedPublicationStaysVisibleWithANoticeLinkingToTheCurrentOne() throws Exception {
		ResultsSnapshot.Decision decision = new ResultsSnapshot.Decision("105/QĐ-UBND-HC", LocalDate.of(2026, 2, 10),
				"Phạm Thiện Nghĩa");
		long correction = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
			.publish(this.published.cycleId(), decision, "Đính chính tên đơn vị"));
		String old = page("/portal/" + this.published.publicationId());
		assertThat(old).contains("Kết quả này đã được đính chính", "href=\"/portal/" + correction + "\"",
				this.unit.unitName());
		String current = page("/portal/" + correction);
		assertThat(current).contains("105/QĐ-UBND-HC", "10/02/2026", "Đính chính tên đơn vị")
			.doesNotContain("Kết quả này đã được đính chính");
		assertThat(page("/portal")).contains("/portal/" + correction + "\"")
			.doesNotContain("/portal/" + this.published.publicationId() + "\"");
	}

	private String page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return body(result);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> urls(long id, long unitId) {
		return List.of("/portal/" + id, "/portal/" + id + "?group=1", "/portal/" + id + "/units/" + unitId,
				"/portal/" + id + "/compare?a=" + unitId + "&b=" + unitId, "/portal/embed/" + id);
	}

	/** An id above every publication's: each period's history holds all of its own. */
	private long unusedPublicationId() {
		return this.results.current()
			.stream()
			.flatMap((current) -> this.results.history(current.cycleId()).stream())
			.mapToLong((publication) -> publication.id())
			.max()
			.orElse(0) + 1000;
	}

	private void close(long cycleId) {
		Actors.run(this.users, "admin", () -> this.context.getBean(CycleManagement.class).close(cycleId));
	}

}
