package vn.parindex.portal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.shared.NotFoundException;

/**
 * Builds the portal's pages from published results only: a period that is not published
 * is not found.
 */
@Component
class PortalPages {

	static final int TOP = 5;

	static final int MAX_HITS = 50;

	private final PublicResults results;

	PortalPages(PublicResults results) {
		this.results = results;
	}

	PublishedResults published(long publicationId) {
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId));
	}

	List<Publication> periods() {
		return this.results.current();
	}

	/** The current publication of the period when the given one was superseded. */
	@Nullable Publication replacement(Publication publication) {
		if (publication.current()) {
			return null;
		}
		return periods().stream().filter((p) -> p.cycleId() == publication.cycleId()).findFirst().orElse(null);
	}

	HomeView home() {
		List<Publication> periods = periods();
		List<HomeView.Latest> latest = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Publication publication : periods) {
			for (ResultsSnapshot.Group group : published(publication.id()).snapshot().groups()) {
				if (seen.add(group.peerGroupId())) {
					latest.add(new HomeView.Latest(publication, group, rows(group).stream().limit(TOP).toList()));
				}
			}
		}
		return new HomeView(latest, periods);
	}

	RankingView ranking(PublishedResults published, @Nullable Long groupId) {
		ResultsSnapshot.Group group = group(published, groupId);
		Publication publication = published.publication();
		return new RankingView(publication, published.snapshot(), group, rows(group), replacement(publication),
				periods(), this.results.history(publication.cycleId()));
	}

	/** The units of the current publications whose name has every word of the query. */
	List<SearchHit> search(String query) {
		List<SearchHit> hits = new ArrayList<>();
		if (Diacritics.fold(query).isEmpty()) {
			return hits;
		}
		for (Publication publication : periods()) {
			for (ResultsSnapshot.Group group : published(publication.id()).snapshot().groups()) {
				group.units()
					.stream()
					.filter((unit) -> Diacritics.matches(unit.result().unitName(), query)
							|| Diacritics.fold(unit.code()).equals(Diacritics.fold(query)))
					.forEach((unit) -> hits.add(new SearchHit(publication, group.name(), RankingRow.of(unit))));
			}
		}
		return hits.stream().limit(MAX_HITS).toList();
	}

	static ResultsSnapshot.Group group(PublishedResults published, @Nullable Long groupId) {
		List<ResultsSnapshot.Group> groups = published.snapshot().groups();
		if (groupId == null && !groups.isEmpty()) {
			return groups.get(0);
		}
		long id = (groupId != null) ? groupId : -1;
		return published.snapshot().group(id).orElseThrow(() -> new NotFoundException("peer-group", id));
	}

	static List<RankingRow> rows(ResultsSnapshot.Group group) {
		return group.units().stream().map(RankingRow::of).toList();
	}

}
