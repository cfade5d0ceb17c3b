package vn.parindex.remediation;

import java.time.Instant;

/**
 * A unit's leader approved its remediation plan and sent it to the Sở Nội vụ.
 *
 * @param planId the plan
 * @param cycleId the period whose results it answers
 * @param unitId the unit
 * @param by the leader's login name
 * @param at when
 */
public record PlanSubmitted(long planId, long cycleId, long unitId, String by, Instant at) {
}
