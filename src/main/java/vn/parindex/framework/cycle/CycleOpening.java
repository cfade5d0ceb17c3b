package vn.parindex.framework.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.FrameworkSummary;

/**
 * The conditions for opening a period: a draft with at least one framework, every
 * framework valid and of the period's year, all six phases set in order, and at least one
 * unit to evaluate.
 */
final class CycleOpening {

	private CycleOpening() {
	}

	static List<CycleProblem> problems(CycleState cycle, Collection<FrameworkSummary> summaries,
			Map<Long, Long> evaluated) {
		List<CycleProblem> problems = new ArrayList<>();
		if (cycle.status() != CycleStatus.DRAFT) {
			problems.add(CycleProblem.of("framework.cycle.open.not-draft"));
		}
		if (cycle.frameworks().isEmpty()) {
			problems.add(CycleProblem.of("framework.cycle.open.no-framework"));
		}
		for (FrameworkSummary summary : summaries) {
			if (!summary.valid()) {
				problems.add(CycleProblem.of("framework.cycle.open.framework-invalid", summary.nameVi()));
			}
			if (summary.year() != cycle.year()) {
				problems.add(CycleProblem.of("framework.cycle.open.framework-year", summary.nameVi(),
						Integer.toString(summary.year())));
			}
		}
		problems.addAll(PhaseCalendar.missing(cycle.phases()));
		problems.addAll(PhaseCalendar.problems(cycle.phases()));
		if (evaluated.isEmpty()) {
			problems.add(CycleProblem.of("framework.cycle.open.no-units"));
		}
		return problems;
	}

}
