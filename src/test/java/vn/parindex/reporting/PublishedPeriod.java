package vn.parindex.reporting;

import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringTestFixtures;

/**
 * A published period and an approved one that is not published, for the export tests;
 * {@link #close} ends both periods afterwards.
 *
 * @param published the published period
 * @param unpublished the approved, unpublished period
 * @param results the publication as the public reads it
 * @param unit SKHCN's published result
 */
record PublishedPeriod(ScoringTestFixtures.Published published, ScoringTestFixtures.Approved unpublished,
		PublishedResults results, ResultsSnapshot.Unit unit) {

	static PublishedPeriod create(ApplicationContext context) {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(context);
		ScoringTestFixtures.Approved unpublished = ScoringTestFixtures.approved(context);
		PublishedResults results = context.getBean(PublicResults.class)
			.publication(published.publicationId())
			.orElseThrow();
		return new PublishedPeriod(published, unpublished, results,
				results.snapshot().unit(published.unitId()).orElseThrow());
	}

	void close(ApplicationContext context) {
		CycleManagement cycles = context.getBean(CycleManagement.class);
		Actors.run(context.getBean(UserDetailsService.class), "admin",
				() -> List.of(this.published.cycleId(), this.unpublished.cycleId()).forEach(cycles::close));
	}

	String sha256() {
		return this.results.publication().sha256();
	}

	/** SKHCN's band in Vietnamese. */
	String band() {
		return Objects.requireNonNull(this.unit.result().band()).labelVi();
	}

	/** The address of a portal download of the publication. */
	String portal(String file) {
		return "/portal/" + this.published.publicationId() + file;
	}

	/** The address of an open data file of the publication. */
	String api(String file) {
		return "/api/public/v1/publications/" + this.published.publicationId() + file;
	}

}
