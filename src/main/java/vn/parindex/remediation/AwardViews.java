package vn.parindex.remediation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.shared.NotFoundException;

/**
 * Builds what the award pages show from the stored rules and proposals and the published
 * results. No access checks: the callers make them.
 */
@Component
class AwardViews {

	private final AwardStore store;

	private final PublicResults results;

	AwardViews(AwardStore store, PublicResults results) {
		this.store = store;
		this.results = results;
	}

	/** The period's current publication of results; not found when it has none. */
	PublishedResults current(long cycleId) {
		return this.results.latest(cycleId).orElseThrow(() -> new NotFoundException("period", cycleId));
	}

	PublishedResults publication(long publicationId) {
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId));
	}

	List<Publication> periods() {
		return this.results.current();
	}

	AwardEvaluation evaluate(long cycleId, PublishedResults current) {
		return AwardRules.evaluate(this.store.rules(cycleId), current.snapshot());
	}

	AwardPeriodView period(long cycleId) {
		PublishedResults current = current(cycleId);
		List<AwardRule> rules = this.store.rules(cycleId);
		AwardEvaluation evaluation = AwardRules.evaluate(rules, current.snapshot());
		AwardPlaces places = AwardPlaces.of(current.snapshot());
		List<AwardRow> rows = this.store.proposals(cycleId)
			.stream()
			.map((proposal) -> row(proposal, current, places, evaluation))
			.sorted(AwardPlaces.order(rules, places, AwardRow::award, AwardRow::unitId))
			.toList();
		return new AwardPeriodView(current.publication(), rules, rows, evaluation.exclusions(),
				this.store.list(cycleId).orElse(null));
	}

	AwardRow row(long cycleId, long proposalId) {
		PublishedResults current = current(cycleId);
		AwardProposal proposal = this.store.proposal(cycleId, proposalId)
			.orElseThrow(() -> new NotFoundException("award-proposal", proposalId));
		return row(proposal, current, AwardPlaces.of(current.snapshot()), evaluate(cycleId, current));
	}

	private AwardRow row(AwardProposal proposal, PublishedResults current, AwardPlaces places,
			AwardEvaluation evaluation) {
		boolean stale = proposal.publicationId() != current.publication().id()
				|| evaluation.candidate(proposal.unitId())
					.filter((candidate) -> candidate.award().equals(proposal.award()))
					.isEmpty();
		Optional<AwardPlaces.Place> place = places.place(proposal.unitId())
			.or(() -> placeIn(proposal.publicationId(), proposal.unitId()));
		return new AwardRow(proposal.id(), proposal.unitId(),
				place.map((p) -> p.result().unitName()).orElse("#" + proposal.unitId()),
				place.map(AwardPlaces.Place::groupName).orElse(""), place.map(AwardPlaces.Place::rank).orElse(null),
				place.map((p) -> p.result().rankedCount()).orElse(0),
				place.map((p) -> p.result().percent()).orElse(null), proposal.award(), proposal.reason(),
				proposal.status(), proposal.note(), proposal.decidedBy(), proposal.decidedAt(), proposal.version(),
				stale);
	}

	private Optional<AwardPlaces.Place> placeIn(long publicationId, long unitId) {
		return this.results.publication(publicationId)
			.flatMap((published) -> AwardPlaces.of(published.snapshot()).place(unitId));
	}

	/** The published list, or the draft while it is not. */
	AwardList list(long cycleId) {
		PublishedResults current = current(cycleId);
		return this.store.list(cycleId)
			.map((record) -> list(cycleId, publication(record.publicationId()), current, true))
			.orElseGet(() -> list(cycleId, current, current, false));
	}

	/**
	 * The list as it stands: once published, its confirmed units as of the publication it
	 * was made from; before, the confirmed and undecided ones.
	 */
	AwardList list(long cycleId, PublishedResults basis, PublishedResults current, boolean published) {
		List<AwardRule> rules = this.store.rules(cycleId);
		AwardPlaces places = AwardPlaces.of(basis.snapshot());
		List<AwardEntry> entries = this.store.proposals(cycleId)
			.stream()
			.filter((proposal) -> proposal.status() == AwardStatus.CONFIRMED
					|| (!published && proposal.status() == AwardStatus.PROPOSED))
			.flatMap((proposal) -> places.place(proposal.unitId()).map((place) -> entry(proposal, place)).stream())
			.sorted(AwardPlaces.order(rules, places, AwardEntry::award, AwardEntry::unitId))
			.toList();
		Optional<AwardListRecord> record = this.store.list(cycleId);
		Publication basisPublication = basis.publication();
		Publication correctedBy = (current.publication().id() != basisPublication.id()) ? current.publication() : null;
		return new AwardList(cycleId, basis.snapshot().year(), basis.snapshot().cycleName(), basisPublication,
				basis.snapshot().decision(), published ? record.map(AwardListRecord::publishedAt).orElse(null) : null,
				correctedBy, entries);
	}

	private static AwardEntry entry(AwardProposal proposal, AwardPlaces.Place place) {
		return new AwardEntry(proposal.unitId(), place.result().unitName(), place.groupName(), place.rank(),
				place.result().rankedCount(), place.result().percent(), proposal.award(), proposal.reason());
	}

}
