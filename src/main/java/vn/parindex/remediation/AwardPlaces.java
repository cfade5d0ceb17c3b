package vn.parindex.remediation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;

/**
 * Where each unit of a publication stands: its result, its group and the group's place,
 * to show and sort award lines.
 */
final class AwardPlaces {

	private final Map<Long, Place> places = new HashMap<>();

	private AwardPlaces(ResultsSnapshot snapshot) {
		List<ResultsSnapshot.Group> groups = snapshot.groups();
		for (int index = 0; index < groups.size(); index++) {
			ResultsSnapshot.Group group = groups.get(index);
			for (ResultsSnapshot.Unit unit : group.units()) {
				this.places.put(unit.result().unitId(), new Place(unit.result(), group.name(), index));
			}
		}
	}

	static AwardPlaces of(ResultsSnapshot snapshot) {
		return new AwardPlaces(snapshot);
	}

	Optional<Place> place(long unitId) {
		return Optional.ofNullable(this.places.get(unitId));
	}

	/** Award order (by the rules), then group, then rank, unranked last. */
	static <T> Comparator<T> order(List<AwardRule> rules, AwardPlaces places, Function<T, String> award,
			ToLongFunction<T> unit) {
		List<String> awards = rules.stream().map(AwardRule::award).toList();
		Comparator<T> byAward = Comparator.comparingInt((row) -> {
			int index = awards.indexOf(award.apply(row));
			return (index < 0) ? Integer.MAX_VALUE : index;
		});
		return byAward.thenComparingInt((row) -> places.place(unit.applyAsLong(row)).map(Place::group).orElse(99999))
			.thenComparingInt((row) -> places.place(unit.applyAsLong(row))
				.map((place) -> place.result().rank())
				.map((rank) -> (int) rank)
				.orElse(Integer.MAX_VALUE));
	}

	/**
	 * A unit's place.
	 *
	 * @param result its published result
	 * @param groupName its peer group
	 * @param group the group's index in the publication
	 */
	record Place(UnitResult result, String groupName, int group) {

		@Nullable Integer rank() {
			return this.result.rank();
		}

	}

}
