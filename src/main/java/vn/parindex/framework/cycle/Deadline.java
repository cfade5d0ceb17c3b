package vn.parindex.framework.cycle;

import java.time.Instant;

/**
 * The next deadline someone faces, for the countdown on every screen.
 *
 * @param cycleId the period
 * @param year the period's year
 * @param cycleName the period's name
 * @param phase the phase that ends
 * @param endsAt when it ends (with the unit's extension, if any)
 */
public record Deadline(long cycleId, int year, String cycleName, Phase phase, Instant endsAt) {
}
