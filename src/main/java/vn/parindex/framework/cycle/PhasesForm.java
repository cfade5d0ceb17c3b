package vn.parindex.framework.cycle;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The calendar form of an existing period.
 *
 * @param phases one row per phase
 * @param version the version the form was loaded with
 */
record PhasesForm(@Nullable List<PhaseInput> phases, long version) {

	static PhasesForm of(CycleView period) {
		return new PhasesForm(PhaseInput.of(period.phases()), period.version());
	}

	public List<PhaseInput> phaseRows() {
		return PhaseInput.ordered(this.phases);
	}

}
