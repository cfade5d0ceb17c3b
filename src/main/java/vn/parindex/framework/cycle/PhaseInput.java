package vn.parindex.framework.cycle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

/**
 * One row of the phase calendar form, in Vietnam time as a {@code datetime-local} input
 * gives it.
 *
 * @param phase the phase
 * @param startsAt its start, or null while not set
 * @param endsAt its end, or null while not set
 */
record PhaseInput(@Nullable Phase phase,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endsAt) {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** The start as a {@code datetime-local} value. */
	public String startsAtValue() {
		return (this.startsAt != null) ? INPUT.format(this.startsAt) : "";
	}

	public String endsAtValue() {
		return (this.endsAt != null) ? INPUT.format(this.endsAt) : "";
	}

	/** Six rows in phase order, from what was entered (missing rows blank). */
	static List<PhaseInput> ordered(@Nullable List<PhaseInput> entered) {
		List<PhaseInput> rows = (entered != null) ? entered : List.of();
		return Arrays.stream(Phase.values())
			.map((phase) -> rows.stream()
				.filter((row) -> row.phase() == phase)
				.findFirst()
				.orElse(new PhaseInput(phase, null, null)))
			.toList();
	}

	/** Six rows in phase order from a period's calendar. */
	static List<PhaseInput> of(List<CycleView.PhaseEntry> phases) {
		return ordered(phases.stream()
			.map((entry) -> new PhaseInput(entry.phase(), local(entry.startsAt()), local(entry.endsAt())))
			.toList());
	}

	/**
	 * The phases that are set, as instants; a row with only a start or only an end is
	 * refused.
	 */
	static Map<Phase, PhaseWindow> windows(@Nullable List<PhaseInput> rows) {
		Map<Phase, PhaseWindow> windows = new EnumMap<>(Phase.class);
		for (PhaseInput row : (rows != null) ? rows : List.<PhaseInput>of()) {
			if (row.phase() == null || (row.startsAt() == null && row.endsAt() == null)) {
				continue;
			}
			if (row.startsAt() == null || row.endsAt() == null) {
				throw new BusinessRuleException("framework.cycle.phase.incomplete", row.phase());
			}
			windows.put(row.phase(), new PhaseWindow(instant(row.startsAt()), instant(row.endsAt())));
		}
		return windows;
	}

	static Instant instant(LocalDateTime local) {
		return local.atZone(Formats.ZONE).toInstant();
	}

	private static @Nullable LocalDateTime local(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, Formats.ZONE) : null;
	}

}
