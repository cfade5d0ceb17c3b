package vn.parindex.framework.cycle;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form of a new period: year, name, a framework per peer group and the calendar.
 *
 * @param year the evaluated year
 * @param name the period's name
 * @param frameworks one row per peer group
 * @param phases one row per phase
 */
record CycleForm(@NotNull @Min(2000) @Max(2100) @Nullable Integer year, @NotBlank @Size(max = 300) String name,
		@Nullable List<FrameworkChoice> frameworks, @Nullable List<PhaseInput> phases) {

	static CycleForm empty() {
		return new CycleForm(null, "", List.of(), PhaseInput.ordered(List.of()));
	}

	public Map<Long, Long> selected() {
		return FrameworkChoice.selected(this.frameworks);
	}

	public List<PhaseInput> phaseRows() {
		return PhaseInput.ordered(this.phases);
	}

	CycleDraft draft() {
		if (this.year == null) {
			throw new IllegalStateException("validated form lacks the year");
		}
		return new CycleDraft(this.year, this.name, selected(), PhaseInput.windows(this.phases));
	}

}
