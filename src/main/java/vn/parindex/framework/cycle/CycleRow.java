package vn.parindex.framework.cycle;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A period as listed.
 *
 * @param id its id
 * @param year the evaluated year
 * @param name its name
 * @param status draft, open or closed
 * @param frameworks the framework of each peer group
 * @param currentPhase the phase running now, if the period is open
 * @param nextPhase the phase that ends next, if the period is open
 * @param nextDeadline when that phase ends
 */
public record CycleRow(long id, int year, String name, CycleStatus status, List<CycleView.FrameworkEntry> frameworks,
		@Nullable Phase currentPhase, @Nullable Phase nextPhase, @Nullable Instant nextDeadline) {
}
