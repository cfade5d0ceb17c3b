package vn.parindex.remediation;

import java.time.Instant;

/**
 * The Sở Nội vụ returned a submitted plan to the unit for changes.
 *
 * @param planId the plan
 * @param cycleId the period whose results it answers
 * @param unitId the unit
 * @param by the ADMIN's login name
 * @param note what to change
 * @param at when
 */
public record PlanReturned(long planId, long cycleId, long unitId, String by, String note, Instant at) {
}
