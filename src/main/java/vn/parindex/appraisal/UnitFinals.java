package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A unit's official (approved) points per leaf in a period, for the result computation.
 *
 * @param assessmentId the unit's assessment
 * @param unitId the unit
 * @param peerGroupId its peer group in the period
 * @param frameworkId the framework it was scored with
 * @param leaves the points that count per leaf code
 */
public record UnitFinals(long assessmentId, long unitId, long peerGroupId, long frameworkId, Map<String, Leaf> leaves) {

	/**
	 * A leaf's official points.
	 *
	 * @param points round 2's points if set, else round 1's; null when N/A was accepted
	 * @param notApplicable whether the leaf does not apply (the unit's N/A claim
	 * accepted)
	 */
	public record Leaf(@Nullable BigDecimal points, boolean notApplicable) {
	}

}
