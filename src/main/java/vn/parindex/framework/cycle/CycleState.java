package vn.parindex.framework.cycle;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

/**
 * A copy of everything a period holds, for views, audit and the deadline rules.
 *
 * @param id the period's id
 * @param year the evaluated year
 * @param name the period's name
 * @param status draft, open or closed
 * @param version the optimistic lock version
 * @param createdAt when it was created
 * @param openedAt when it opened
 * @param closedAt when it closed
 * @param frameworks peer group id to framework id
 * @param phases the calendar in phase order
 * @param units unit id to its snapshot entry
 * @param extensions the deadline extensions
 */
record CycleState(long id, int year, String name, CycleStatus status, long version, Instant createdAt,
		@Nullable Instant openedAt, @Nullable Instant closedAt, Map<Long, Long> frameworks,
		Map<Phase, PhaseWindow> phases, Map<Long, CycleUnit> units, Set<Extension> extensions) {

	/** The phase running at {@code now}, if any. */
	Optional<Phase> currentPhase(Instant now) {
		return this.phases.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(now))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The first phase (in calendar order) that ends after {@code now}, if any. */
	Optional<Phase> nextEnding(Instant now) {
		return this.phases.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().endsAt().isAfter(now))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	PhaseWindow window(Phase phase) {
		PhaseWindow window = this.phases.get(phase);
		if (window == null) {
			throw new BusinessRuleException("framework.cycle.phase.missing", phase);
		}
		return window;
	}

	Optional<Extension> extension(long unitId, Phase phase) {
		return this.extensions.stream().filter((e) -> e.unitId() == unitId && e.phase() == phase).findFirst();
	}

	/** The unit's deadline in the phase: its extension if later, else the phase's end. */
	Instant deadline(long unitId, Phase phase) {
		Instant normalEnd = window(phase).endsAt();
		return extension(unitId, phase).map(Extension::endsAt)
			.filter((extended) -> extended.isAfter(normalEnd))
			.orElse(normalEnd);
	}

	void requireIncluded(long unitId) {
		if (!this.units.containsKey(unitId)) {
			throw new BusinessRuleException("framework.cycle.unit-not-included", this.name);
		}
	}

	/**
	 * Refuses work outside the unit's window: from the phase's start (included) to the
	 * unit's deadline (excluded).
	 */
	void requireWindowOpen(long unitId, Phase phase, Instant now) {
		requireIncluded(unitId);
		Instant start = window(phase).startsAt();
		if (now.isBefore(start)) {
			throw new BusinessRuleException("framework.cycle.window-not-started", Formats.dateTime(start));
		}
		Instant deadline = deadline(unitId, phase);
		if (!now.isBefore(deadline)) {
			throw new BusinessRuleException("framework.cycle.window-closed", Formats.dateTime(deadline));
		}
	}

}
