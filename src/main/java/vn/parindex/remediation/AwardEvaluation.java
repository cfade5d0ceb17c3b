package vn.parindex.remediation;

import java.util.List;
import java.util.Optional;

/**
 * What the award rules give for a publication's results.
 *
 * @param candidates the units proposed, one award each, in the results' order
 * @param exclusions the units left out for a penalty
 */
record AwardEvaluation(List<AwardCandidate> candidates, List<AwardExclusion> exclusions) {

	AwardEvaluation {
		candidates = List.copyOf(candidates);
		exclusions = List.copyOf(exclusions);
	}

	Optional<AwardCandidate> candidate(long unitId) {
		return this.candidates.stream().filter((candidate) -> candidate.unitId() == unitId).findFirst();
	}

}
