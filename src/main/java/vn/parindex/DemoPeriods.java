package vn.parindex;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.FrameworkRow;
import vn.parindex.framework.cycle.CycleDraft;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.PhaseWindow;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.PeerGroupView;
import vn.parindex.shared.Formats;

/**
 * The demo's evaluation periods, made through the facade: 2023 (departments and
 * districts), opened and closed; and 2025 (departments, communes and wards), open, with a
 * self-assessment window around today so the demo always has work to do.
 */
@Component
class DemoPeriods {

	private static final LocalTime MORNING = LocalTime.of(7, 0);

	private static final LocalTime EVENING = LocalTime.of(17, 0);

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	private final OrganisationManagement organisation;

	private final Clock clock;

	DemoPeriods(CycleManagement cycles, FrameworkManagement frameworks, OrganisationManagement organisation,
			Clock clock) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Creates both periods unless a period exists already. */
	void load() {
		if (!this.cycles.list().isEmpty()) {
			return;
		}
		long past = this.cycles.create(new CycleDraft(2023, "Kỳ đánh giá Chỉ số CCHC năm 2023",
				frameworks(2023, "SO_NGANH", "DEPARTMENT", "HUYEN", "CITY_DISTRICT,RURAL_DISTRICT"), calendar2023()));
		this.cycles.open(past);
		this.cycles.close(past);
		long current = this.cycles.create(new CycleDraft(2025, "Kỳ đánh giá Chỉ số CCHC năm 2025",
				frameworks(2025, "SO_NGANH", "DEPARTMENT", "XA_PHUONG", "WARD,COMMUNE"), calendarAroundToday()));
		this.cycles.open(current);
	}

	/**
	 * Peer group id to framework id, from pairs of peer group code and unit types key.
	 */
	private Map<Long, Long> frameworks(int year, String... groupAndTypes) {
		Map<Long, Long> chosen = new LinkedHashMap<>();
		for (int i = 0; i < groupAndTypes.length; i += 2) {
			String group = groupAndTypes[i];
			String types = groupAndTypes[i + 1];
			long groupId = this.organisation.peerGroups()
				.stream()
				.filter((candidate) -> candidate.code().equals(group))
				.map(PeerGroupView::id)
				.findFirst()
				.orElseThrow();
			long frameworkId = this.frameworks.list(year)
				.stream()
				.filter((row) -> row.unitTypes().equals(types))
				.min(java.util.Comparator.comparingInt(FrameworkRow::versionNo))
				.map(FrameworkRow::id)
				.orElseThrow();
			chosen.put(groupId, frameworkId);
		}
		return chosen;
	}

	private static Map<Phase, PhaseWindow> calendar2023() {
		Map<Phase, PhaseWindow> phases = new EnumMap<>(Phase.class);
		phases.put(Phase.SELF_ASSESSMENT, window(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 15)));
		phases.put(Phase.APPRAISAL_1, window(LocalDate.of(2023, 12, 16), LocalDate.of(2023, 12, 31)));
		phases.put(Phase.EXPLANATION, window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)));
		phases.put(Phase.APPRAISAL_2, window(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 14)));
		phases.put(Phase.COUNCIL_APPROVAL, window(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 24)));
		phases.put(Phase.PUBLICATION, window(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 31)));
		return phases;
	}

	/**
	 * Self-assessment from ten days ago to twenty days ahead, then each phase from the
	 * next morning for 10 to 14 days.
	 */
	private Map<Phase, PhaseWindow> calendarAroundToday() {
		LocalDate today = LocalDate.now(this.clock.withZone(Formats.ZONE));
		Map<Phase, PhaseWindow> phases = new EnumMap<>(Phase.class);
		LocalDate end = today.plusDays(20);
		phases.put(Phase.SELF_ASSESSMENT, window(today.minusDays(10), end));
		int[] lengths = { 14, 10, 10, 12, 14 };
		Phase[] next = { Phase.APPRAISAL_1, Phase.EXPLANATION, Phase.APPRAISAL_2, Phase.COUNCIL_APPROVAL,
				Phase.PUBLICATION };
		for (int i = 0; i < next.length; i++) {
			LocalDate start = end.plusDays(1);
			end = start.plusDays(lengths[i] - 1);
			phases.put(next[i], window(start, end));
		}
		return phases;
	}

	/** From {@code first} at 07:00 to {@code last} at 17:00, Vietnam time. */
	private static PhaseWindow window(LocalDate first, LocalDate last) {
		return new PhaseWindow(LocalDateTime.of(first, MORNING).atZone(Formats.ZONE).toInstant(),
				LocalDateTime.of(last, EVENING).atZone(Formats.ZONE).toInstant());
	}

}
