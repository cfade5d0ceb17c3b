package vn.parindex.remediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One unit's plan on the follow-up dashboard: where it stands and how far its items got.
 *
 * @param planId the plan
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param status drafted or submitted
 * @param submittedAt when submitted, null for a draft
 * @param total its items
 * @param done those done
 * @param inProgress those in progress and not overdue
 * @param overdue those past their due date and not done
 */
public record FollowupUnit(long planId, long unitId, String unitCode, String unitName, PlanStatus status,
		@Nullable Instant submittedAt, int total, int done, int inProgress, int overdue) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The share of its items done, 0–100 with 2 decimals; null for a plan without items.
	 */
	public @Nullable BigDecimal percent() {
		if (this.total == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.done)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(this.total), 2, RoundingMode.HALF_UP);
	}

	public boolean submitted() {
		return this.status == PlanStatus.SUBMITTED;
	}

}
