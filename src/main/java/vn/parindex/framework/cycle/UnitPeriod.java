package vn.parindex.framework.cycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

/**
 * One unit in one period, for the modules that do the unit's work: the framework it is
 * evaluated with and its window in one phase, extension included. Read in one query, so a
 * check on every save stays cheap.
 *
 * @param cycleId the period
 * @param year its year
 * @param cycleName its name
 * @param status draft, open or closed
 * @param unitId the unit
 * @param peerGroupId the unit's peer group in the period's snapshot
 * @param frameworkId the framework of that peer group
 * @param phase the phase the window belongs to
 * @param startsAt when the phase starts, null if the calendar has no such phase
 * @param deadline the unit's deadline in the phase, its extension if later
 * @param extended whether an extension applies
 */
public record UnitPeriod(long cycleId, int year, String cycleName, CycleStatus status, long unitId, long peerGroupId,
		long frameworkId, Phase phase, @Nullable Instant startsAt, @Nullable Instant deadline, boolean extended) {

	/** Whether work in the phase is allowed at {@code now}. */
	public boolean isOpen(Instant now) {
		return this.status == CycleStatus.OPEN && this.startsAt != null && this.deadline != null
				&& !now.isBefore(this.startsAt) && now.isBefore(this.deadline);
	}

	/** Refuses work outside the window, with the start or the deadline in the message. */
	public void requireOpen(Instant now) {
		if (this.status != CycleStatus.OPEN) {
			throw new BusinessRuleException("framework.cycle.not-open", this.cycleName);
		}
		if (this.startsAt == null || this.deadline == null || now.isBefore(this.startsAt)) {
			throw new BusinessRuleException("framework.cycle.window-not-started", Formats.dateTime(this.startsAt));
		}
		if (!now.isBefore(this.deadline)) {
			throw new BusinessRuleException("framework.cycle.window-closed", Formats.dateTime(this.deadline));
		}
	}

}
