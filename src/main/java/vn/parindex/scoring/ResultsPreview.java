package vn.parindex.scoring;

import java.util.List;
import java.util.Map;

/**
 * A period's computed results, with the names the pages need.
 *
 * @param cycleId the period
 * @param cycleName its name
 * @param year the evaluated year
 * @param groupNames peer group id to name
 * @param bandLabels band code to its Vietnamese label
 * @param results the computed results
 * @param surveys the period's survey indexes, ranked per group
 * @param surveyGaps per unit, its SURVEY leaves without a survey figure (they get no
 * points)
 */
public record ResultsPreview(long cycleId, String cycleName, int year, Map<Long, String> groupNames,
		Map<String, String> bandLabels, PeriodResults results, List<ResultsSnapshot.Survey> surveys,
		Map<Long, List<String>> surveyGaps) {

	/** The unit's name in the results, or its id. */
	public String unitName(long unitId) {
		return this.results.unit(unitId).map(UnitResult::unitName).orElse("#" + unitId);
	}

	/**
	 * The units of one peer group, best first (ranked ones by rank, then the unranked).
	 */
	public List<UnitResult> group(long peerGroupId) {
		return this.results.units()
			.stream()
			.filter((unit) -> unit.peerGroupId() == peerGroupId)
			.sorted(java.util.Comparator
				.comparing((UnitResult unit) -> (unit.rank() != null) ? unit.rank() : Integer.MAX_VALUE)
				.thenComparing(UnitResult::percent, java.util.Comparator.reverseOrder()))
			.toList();
	}

}
