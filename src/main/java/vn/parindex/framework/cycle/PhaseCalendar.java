package vn.parindex.framework.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * The rules of a phase calendar: every phase ends after it starts, and starts at or after
 * the previous phase ends. A draft may leave phases out; an open period needs all six.
 */
final class PhaseCalendar {

	private PhaseCalendar() {
	}

	/** The order faults among the phases that are set. */
	static List<CycleProblem> problems(Map<Phase, PhaseWindow> phases) {
		List<CycleProblem> problems = new ArrayList<>();
		@Nullable Phase previous = null;
		for (Phase phase : Phase.values()) {
			PhaseWindow window = phases.get(phase);
			if (window == null) {
				continue;
			}
			if (!window.startsAt().isBefore(window.endsAt())) {
				problems.add(CycleProblem.of("framework.cycle.phase.end-not-after-start", phase));
			}
			if (previous != null && window.startsAt().isBefore(phases.get(previous).endsAt())) {
				problems.add(CycleProblem.of("framework.cycle.phase.before-previous", phase, previous));
			}
			previous = phase;
		}
		return problems;
	}

	/** One problem per phase that is not set. */
	static List<CycleProblem> missing(Map<Phase, PhaseWindow> phases) {
		return Arrays.stream(Phase.values())
			.filter((phase) -> !phases.containsKey(phase))
			.map((phase) -> CycleProblem.of("framework.cycle.phase.missing", phase))
			.toList();
	}

	/** Refuses a calendar with faults, or with gaps when {@code complete} is required. */
	static void check(Map<Phase, PhaseWindow> phases, boolean complete) {
		List<CycleProblem> problems = new ArrayList<>(problems(phases));
		if (complete) {
			problems.addAll(missing(phases));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems.get(0).key(), problems.get(0).arguments());
		}
	}

}
