package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A leaf's final score for one unit (after appraisal 2), as stored.
 *
 * @param points the final points; null when the leaf has no final score yet, which counts
 * as 0 of its maximum
 * @param notApplicable whether the leaf does not apply to the unit (N/A): it leaves both
 * the points and the applicable maximum
 */
public record LeafFinal(@Nullable BigDecimal points, boolean notApplicable) {

	public static LeafFinal of(BigDecimal points) {
		return new LeafFinal(points, false);
	}

	public static LeafFinal notApplicableLeaf() {
		return new LeafFinal(null, true);
	}

}
