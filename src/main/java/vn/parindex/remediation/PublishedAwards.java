package vn.parindex.remediation;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;

/**
 * What the public may read of the awards, signed in or not: a period's award list once
 * the Sở Nội vụ published it, and nothing before. The list belongs to the publication of
 * results it was made from; the period's current publication shows it too, so a
 * correction published after the list still leads to it, with a note.
 */
@Service
@Transactional(readOnly = true)
public class PublishedAwards {

	private final AwardStore store;

	private final AwardViews views;

	private final PublicResults results;

	PublishedAwards(AwardStore store, AwardViews views, PublicResults results) {
		this.store = store;
		this.views = views;
		this.results = results;
	}

	/**
	 * The published list shown with the publication: the one made from it, or, for the
	 * period's current publication, the one made from an earlier publication. Empty when
	 * none is published.
	 * @param publicationId a publication of results
	 */
	public Optional<AwardList> forPublication(long publicationId) {
		return this.results.publication(publicationId).flatMap(this::forPublication);
	}

	/** Whether {@link #forPublication(long)} has a list, without building it. */
	public boolean publishedFor(long publicationId) {
		return this.results.publication(publicationId).flatMap(this::record).isPresent();
	}

	/**
	 * A text that changes whenever an award list is published, for the portal's page
	 * versions.
	 */
	public String stamp() {
		return this.store.stamp();
	}

	private Optional<AwardList> forPublication(PublishedResults shown) {
		return record(shown).map((record) -> {
			PublishedResults basis = (record.publicationId() == shown.publication().id()) ? shown
					: this.results.publication(record.publicationId()).orElse(shown);
			PublishedResults current = this.results.latest(record.cycleId()).orElse(shown);
			return this.views.list(record.cycleId(), basis, current, true);
		});
	}

	private Optional<AwardListRecord> record(PublishedResults shown) {
		return this.store.list(shown.publication().cycleId())
			.filter((record) -> record.publicationId() == shown.publication().id() || shown.publication().current());
	}

}
