package vn.parindex.remediation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A plan as listed.
 *
 * @param id the plan
 * @param cycleId its period
 * @param cycleName the period's name
 * @param year the evaluated year
 * @param unitId the unit
 * @param unitName the unit's name
 * @param status draft or submitted
 * @param submittedAt when it was submitted
 * @param returned whether the Sở Nội vụ returned it and it awaits the unit again
 * @param items how many lines it has
 * @param done how many are done
 * @param overdue how many are overdue today
 */
public record PlanRow(long id, long cycleId, String cycleName, int year, long unitId, String unitName,
		PlanStatus status, @Nullable Instant submittedAt, boolean returned, int items, int done, int overdue) {
}
