package vn.parindex.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.shared.BusinessRuleException;

/**
 * The points an appraiser may give a leaf.
 */
final class PointRange {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PointRange() {
	}

	/**
	 * Points within the leaf's range, two decimals at most: 0 to the maximum, a bonus 0
	 * to 100, a penalty −100 to 0.
	 */
	static BigDecimal require(NodeDefinition leaf, @Nullable BigDecimal points) {
		if (points == null) {
			throw new BusinessRuleException("appraisal.points.required", leaf.code());
		}
		boolean penalty = leaf.source() == Source.PENALTY;
		BigDecimal low = penalty ? HUNDRED.negate() : BigDecimal.ZERO;
		BigDecimal high = penalty ? BigDecimal.ZERO : (leaf.maxPoints() != null) ? leaf.maxPoints() : HUNDRED;
		if (points.stripTrailingZeros().scale() > 2 || points.compareTo(low) < 0 || points.compareTo(high) > 0) {
			throw new BusinessRuleException("appraisal.points.range", leaf.code(), low.toPlainString(),
					high.stripTrailingZeros().toPlainString());
		}
		return points;
	}

}
