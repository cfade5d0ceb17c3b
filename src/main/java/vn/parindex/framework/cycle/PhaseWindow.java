package vn.parindex.framework.cycle;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * When a phase runs: from {@code startsAt} (included) until {@code endsAt} (excluded).
 *
 * @param startsAt the first instant of the phase
 * @param endsAt the normal deadline
 */
@Embeddable
public record PhaseWindow(Instant startsAt, Instant endsAt) {

	boolean contains(Instant instant) {
		return !instant.isBefore(this.startsAt) && instant.isBefore(this.endsAt);
	}

}
