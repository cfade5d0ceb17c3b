package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.organisation.LineageRelation;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitView;

/**
 * Last year's results for this year's units, from the newest publication of an earlier
 * year: the unit itself, or its one predecessor when it was only renamed. A unit made by
 * a merger, a split or the 2025 reorganisation is not comparable, and no number is
 * invented for it.
 */
@Component
class PreviousYear {

	private final PublicationStore store;

	private final OrganisationManagement organisation;

	PreviousYear(PublicationStore store, OrganisationManagement organisation) {
		this.store = store;
		this.organisation = organisation;
	}

	Found find(int year, List<Long> unitIds) {
		Optional<ResultsSnapshot> earlier = this.store.current()
			.stream()
			.filter((publication) -> publication.year() < year)
			.max(Comparator.comparingInt(Publication::year))
			.flatMap((publication) -> this.store.find(publication.id()))
			.map(PublishedResults::snapshot);
		Map<Long, PreviousResult> results = new HashMap<>();
		Set<Long> notComparable = new HashSet<>();
		Map<Long, Long> sources = new HashMap<>();
		if (earlier.isEmpty()) {
			return new Found(results, notComparable, sources, null);
		}
		for (long unitId : unitIds) {
			Optional<ResultsSnapshot.Unit> same = earlier.get().unit(unitId);
			if (same.isPresent()) {
				results.put(unitId, previous(earlier.get(), same.get()));
				sources.put(unitId, unitId);
				continue;
			}
			List<UnitView.LineageRow> predecessors = this.organisation.predecessors(unitId);
			Optional<ResultsSnapshot.Unit> renamed = (predecessors.size() == 1
					&& predecessors.get(0).relation() == LineageRelation.RENAMED)
							? earlier.get().unit(predecessors.get(0).unitId()) : Optional.empty();
			if (renamed.isPresent()) {
				results.put(unitId, previous(earlier.get(), renamed.get()));
				sources.put(unitId, predecessors.get(0).unitId());
			}
			else if (!predecessors.isEmpty()) {
				notComparable.add(unitId);
			}
		}
		return new Found(results, notComparable, sources, earlier.get());
	}

	private static PreviousResult previous(ResultsSnapshot snapshot, ResultsSnapshot.Unit unit) {
		int size = snapshot.group(unit.result().peerGroupId()).map((group) -> group.figures().units()).orElse(0);
		return new PreviousResult(unit.result().points(), unit.result().percent(), unit.result().rank(), size);
	}

	/**
	 * Last year's results by this year's unit id, and the units that cannot be compared.
	 *
	 * @param results the comparable units' previous results
	 * @param notComparable the units with predecessors but no 1:1 one
	 * @param sources this year's comparable unit id to last year's (itself or the renamed
	 * predecessor)
	 * @param earlier last year's publication, if any
	 */
	record Found(Map<Long, PreviousResult> results, Set<Long> notComparable, Map<Long, Long> sources,
			@Nullable ResultsSnapshot earlier) {

		/**
		 * Last year's published index of the instrument for this year's unit, if
		 * comparable.
		 */
		Optional<BigDecimal> surveyIndex(String instrument, long unitId) {
			Long source = this.sources.get(unitId);
			if (this.earlier == null || source == null) {
				return Optional.empty();
			}
			return this.earlier.survey(instrument)
				.flatMap((survey) -> survey.unit(source))
				.map(ResultsSnapshot.SurveyUnit::index);
		}

	}

}
