package vn.parindex.framework.cycle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.FrameworkStatus;
import vn.parindex.framework.FrameworkSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The period aggregate's rules: calendar order, the conditions for opening, deadline
 * extensions and the unit's window, at exact boundaries.
 */
class CycleTests {

	static final Instant NOW = at(2025, 10, 1, 9, 0);

	static final long DEPARTMENTS = 2L;

	static final long SCIENCE = 101L;

	static final long JUSTICE = 102L;

	static final FrameworkSummary VALID_2025 = new FrameworkSummary(7L, 2025, "DEPARTMENT", 1, "Bộ tiêu chí sở 2025",
			FrameworkStatus.DRAFT, true);

	static final Map<Long, Long> UNITS = Map.of(SCIENCE, DEPARTMENTS, JUSTICE, DEPARTMENTS);

	@Test
	void aPhaseMustEndAfterItStarts() {
		Cycle cycle = draft();
		Map<Phase, PhaseWindow> calendar = Map.of(Phase.SELF_ASSESSMENT,
				new PhaseWindow(at(2025, 11, 1, 7, 0), at(2025, 11, 1, 7, 0)));

		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> cycle.schedule(calendar))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.phase.end-not-after-start"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(Phase.SELF_ASSESSMENT));
	}

	@Test
	void aPhaseMayStartWhenThePreviousEndsButNotBefore() {
		Cycle cycle = draft();
		Instant boundary = at(2025, 12, 15, 17, 0);
		Map<Phase, PhaseWindow> touching = new EnumMap<>(Phase.class);
		touching.put(Phase.SELF_ASSESSMENT, new PhaseWindow(at(2025, 11, 1, 7, 0), boundary));
		touching.put(Phase.APPRAISAL_1, new PhaseWindow(boundary, at(2025, 12, 31, 17, 0)));
		cycle.schedule(touching);
		assertThat(cycle.state().phases()).hasSize(2);

		Map<Phase, PhaseWindow> overlapping = new EnumMap<>(touching);
		overlapping.put(Phase.APPRAISAL_1, new PhaseWindow(boundary.minusSeconds(60), at(2025, 12, 31, 17, 0)));
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> cycle.schedule(overlapping))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.phase.before-previous"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(Phase.APPRAISAL_1, Phase.SELF_ASSESSMENT));
		assertThat(cycle.state().phases().get(Phase.APPRAISAL_1).startsAt()).isEqualTo(boundary);
	}

	@Test
	void orderIsCheckedAcrossPhasesLeftOutOfADraft() {
		Map<Phase, PhaseWindow> calendar = new EnumMap<>(Phase.class);
		calendar.put(Phase.SELF_ASSESSMENT, new PhaseWindow(at(2025, 11, 1, 7, 0), at(2025, 12, 15, 17, 0)));
		calendar.put(Phase.EXPLANATION, new PhaseWindow(at(2025, 12, 1, 7, 0), at(2025, 12, 20, 17, 0)));

		assertThat(PhaseCalendar.problems(calendar)).extracting(CycleProblem::key)
			.containsExactly("framework.cycle.phase.before-previous");
		assertThat(PhaseCalendar.missing(calendar)).hasSize(4);
	}

	@Test
	void aReadyDraftOpensAndFixesItsUnits() {
		Cycle cycle = ready();
		assertThat(cycle.openingProblems(List.of(VALID_2025), UNITS)).isEmpty();

		cycle.open(List.of(VALID_2025), UNITS, NOW);

		assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
		assertThat(cycle.state().openedAt()).isEqualTo(NOW);
		assertThat(cycle.state().units()).containsOnlyKeys(SCIENCE, JUSTICE);
		assertThat(cycle.state().units().get(SCIENCE)).isEqualTo(new CycleUnit(DEPARTMENTS, true));
	}

	@Test
	void openingIsRefusedWithoutAFramework() {
		Cycle cycle = new Cycle(2025, "Kỳ 2025", NOW);
		cycle.schedule(fullCalendar());
		assertThat(refusal(cycle, List.of(), UNITS)).containsExactly("framework.cycle.open.no-framework");
	}

	@Test
	void openingIsRefusedWithAnInvalidFramework() {
		FrameworkSummary invalid = new FrameworkSummary(7L, 2025, "DEPARTMENT", 1, "Lỗi", FrameworkStatus.DRAFT, false);
		assertThat(refusal(ready(), List.of(invalid), UNITS)).containsExactly("framework.cycle.open.framework-invalid");
	}

	@Test
	void openingIsRefusedWithAFrameworkOfAnotherYear() {
		FrameworkSummary old = new FrameworkSummary(7L, 2023, "DEPARTMENT", 1, "Cũ", FrameworkStatus.DRAFT, true);
		assertThat(refusal(ready(), List.of(old), UNITS)).containsExactly("framework.cycle.open.framework-year");
	}

	@Test
	void openingIsRefusedWithoutAllSixPhases() {
		Cycle cycle = ready();
		Map<Phase, PhaseWindow> five = new EnumMap<>(fullCalendar());
		five.remove(Phase.PUBLICATION);
		cycle.schedule(five);
		assertThat(refusal(cycle, List.of(VALID_2025), UNITS)).containsExactly("framework.cycle.phase.missing");
	}

	@Test
	void openingIsRefusedWithoutUnits() {
		assertThat(refusal(ready(), List.of(VALID_2025), Map.of())).containsExactly("framework.cycle.open.no-units");
	}

	@Test
	void openingIsRefusedTwiceAndListsEveryReason() {
		Cycle open = opened();
		assertThat(refusal(open, List.of(VALID_2025), UNITS)).containsExactly("framework.cycle.open.not-draft");

		Cycle empty = new Cycle(2025, "Kỳ trống", NOW);
		assertThat(refusal(empty, List.of(), Map.of())).hasSize(8)
			.contains("framework.cycle.open.no-framework", "framework.cycle.open.no-units");
	}

	@Test
	void aFrameworkOfAnotherYearIsRefusedWhenChosen() {
		FrameworkSummary old = new FrameworkSummary(7L, 2023, "DEPARTMENT", 1, "Cũ", FrameworkStatus.DRAFT, true);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> draft().useFrameworks(Map.of(DEPARTMENTS, old)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.framework-year"));
	}

	@Test
	void frameworksChangeOnlyInADraftAndAnOpenPeriodKeepsAllPhases() {
		Cycle cycle = opened();
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.useFrameworks(Map.of(DEPARTMENTS, VALID_2025)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.not-draft"));
		Map<Phase, PhaseWindow> five = new EnumMap<>(fullCalendar());
		five.remove(Phase.PUBLICATION);
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> cycle.schedule(five))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.phase.missing"));
		Map<Phase, PhaseWindow> later = new EnumMap<>(fullCalendar());
		later.put(Phase.PUBLICATION, new PhaseWindow(at(2026, 1, 25, 7, 0), at(2026, 2, 28, 17, 0)));
		cycle.schedule(later);
		assertThat(cycle.state().phases().get(Phase.PUBLICATION).endsAt()).isEqualTo(at(2026, 2, 28, 17, 0));
	}

	@Test
	void anExtensionNeedsAReason() {
		Cycle cycle = opened();
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, at(2025, 12, 20, 17, 0), "  ", "admin", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.extension.reason-required"));
		assertThat(cycle.state().extensions()).isEmpty();
	}

	@Test
	void anExtensionMustEndAfterThePhasesNormalEnd() {
		Cycle cycle = opened();
		Instant normalEnd = at(2025, 12, 15, 17, 0);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, normalEnd, "Sự cố mạng", "admin", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.extension.not-after-end"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("15/12/2025 17:00"));
	}

	@Test
	void anExtensionIsOnlyForUnitsOfTheSnapshotAndOnlyWhileOpen() {
		Cycle cycle = opened();
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.extend(999L, Phase.SELF_ASSESSMENT, at(2025, 12, 20, 17, 0), "Lý do", "admin", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.unit-not-included"));
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(
				() -> ready().extend(SCIENCE, Phase.SELF_ASSESSMENT, at(2025, 12, 20, 17, 0), "Lý do", "admin", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.not-open"));
	}

	@Test
	void theDeadlineIsTheExtensionIfAnyElseThePhaseEnd() {
		Cycle cycle = opened();
		Instant normalEnd = at(2025, 12, 15, 17, 0);
		Instant extended = at(2025, 12, 20, 17, 0);

		Instant before = cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, extended, "Sự cố mạng", "admin", NOW);

		assertThat(before).isEqualTo(normalEnd);
		assertThat(cycle.deadline(SCIENCE, Phase.SELF_ASSESSMENT)).isEqualTo(extended);
		assertThat(cycle.deadline(JUSTICE, Phase.SELF_ASSESSMENT)).isEqualTo(normalEnd);
		assertThat(cycle.deadline(SCIENCE, Phase.APPRAISAL_1)).isEqualTo(at(2025, 12, 31, 17, 0));
	}

	@Test
	void aSecondExtensionReplacesTheFirst() {
		Cycle cycle = opened();
		Instant first = at(2025, 12, 18, 17, 0);
		cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, first, "Lần 1", "admin", NOW);

		Instant before = cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, at(2025, 12, 22, 17, 0), "Lần 2", "admin", NOW);

		assertThat(before).isEqualTo(first);
		assertThat(cycle.state().extensions()).singleElement()
			.satisfies((extension) -> assertThat(extension.reason()).isEqualTo("Lần 2"));
	}

	@Test
	void theWindowOpensAtTheStartAndClosesAtTheDeadline() {
		Cycle cycle = opened();
		Instant start = at(2025, 11, 1, 7, 0);
		Instant end = at(2025, 12, 15, 17, 0);

		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, start.minusNanos(1)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.window-not-started"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("01/11/2025 07:00"));
		cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, start);
		cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, end.minusNanos(1));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, end))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.window-closed"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("15/12/2025 17:00"));
	}

	@Test
	void anExtensionKeepsTheWindowOpenForThatUnitOnly() {
		Cycle cycle = opened();
		Instant end = at(2025, 12, 15, 17, 0);
		Instant extended = at(2025, 12, 20, 17, 0);
		cycle.extend(SCIENCE, Phase.SELF_ASSESSMENT, extended, "Sự cố mạng", "admin", NOW);

		cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, end);
		cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, extended.minusSeconds(1));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, extended))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("20/12/2025 17:00"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> cycle.requireWindowOpen(JUSTICE, Phase.SELF_ASSESSMENT, end))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.window-closed"));
	}

	@Test
	void noWindowIsOpenOutsideAnOpenPeriodOrForUnitsNotEvaluated() {
		Instant during = at(2025, 11, 10, 9, 0);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> ready().requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, during))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.not-open"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> opened().requireWindowOpen(999L, Phase.SELF_ASSESSMENT, during))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.unit-not-included"));
		Cycle closed = opened();
		closed.close(NOW);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> closed.requireWindowOpen(SCIENCE, Phase.SELF_ASSESSMENT, during))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.not-open"));
	}

	@Test
	void theCurrentPhaseAndTheNextEndFollowTheClock() {
		CycleState state = opened().state();
		assertThat(state.currentPhase(at(2025, 12, 15, 16, 59))).contains(Phase.SELF_ASSESSMENT);
		assertThat(state.currentPhase(at(2025, 12, 15, 17, 0))).contains(Phase.APPRAISAL_1);
		assertThat(state.currentPhase(at(2025, 10, 1, 9, 0))).isEmpty();
		assertThat(state.nextEnding(at(2025, 12, 15, 17, 0))).contains(Phase.APPRAISAL_1);
		assertThat(state.nextEnding(at(2026, 3, 1, 0, 0))).isEmpty();
	}

	@Test
	void theTimeLeftReadsInDaysHoursAndMinutes() {
		Instant end = at(2025, 12, 15, 17, 0);
		assertThat(TimeLeft.between(end.minusSeconds(3 * 86400 + 4 * 3600 + 59), end))
			.isEqualTo(new TimeLeft("framework.cycle.left.days", List.of("3", "4")));
		assertThat(TimeLeft.between(end.minusSeconds(2 * 3600 + 5 * 60), end))
			.isEqualTo(new TimeLeft("framework.cycle.left.hours", List.of("2", "5")));
		assertThat(TimeLeft.between(end.minusSeconds(59), end))
			.isEqualTo(new TimeLeft("framework.cycle.left.minutes", List.of("0")));
		assertThat(TimeLeft.between(end, end).key()).isEqualTo("framework.cycle.left.over");
	}

	@Test
	void halfAPhaseRowIsRefusedAndTimesAreVietnamTime() {
		List<PhaseInput> rows = List.of(new PhaseInput(Phase.SELF_ASSESSMENT, LocalDateTime.of(2025, 11, 1, 7, 0),
				LocalDateTime.of(2025, 12, 15, 17, 0)), new PhaseInput(Phase.APPRAISAL_1, null, null));
		assertThat(PhaseInput.windows(rows)).containsExactly(Map.entry(Phase.SELF_ASSESSMENT,
				new PhaseWindow(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2025-12-15T10:00:00Z"))));

		List<PhaseInput> half = List.of(new PhaseInput(Phase.APPRAISAL_1, LocalDateTime.of(2025, 12, 16, 7, 0), null));
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> PhaseInput.windows(half))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("framework.cycle.phase.incomplete"));
	}

	private static List<String> refusal(Cycle cycle, List<FrameworkSummary> summaries, Map<Long, Long> units) {
		CycleStatus before = cycle.status();
		List<String> keys = cycle.openingProblems(summaries, units).stream().map(CycleProblem::key).toList();
		assertThatExceptionOfType(CycleNotReadyException.class).isThrownBy(() -> cycle.open(summaries, units, NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(CycleProblem::key).isEqualTo(keys));
		assertThat(cycle.status()).isEqualTo(before);
		return keys;
	}

	private static Cycle draft() {
		return new Cycle(2025, "Kỳ đánh giá Chỉ số CCHC năm 2025", NOW);
	}

	private static Cycle ready() {
		Cycle cycle = draft();
		cycle.useFrameworks(Map.of(DEPARTMENTS, VALID_2025));
		cycle.schedule(fullCalendar());
		return cycle;
	}

	private static Cycle opened() {
		Cycle cycle = ready();
		cycle.open(List.of(VALID_2025), UNITS, NOW);
		return cycle;
	}

	static Map<Phase, PhaseWindow> fullCalendar() {
		Map<Phase, PhaseWindow> phases = new EnumMap<>(Phase.class);
		phases.put(Phase.SELF_ASSESSMENT, new PhaseWindow(at(2025, 11, 1, 7, 0), at(2025, 12, 15, 17, 0)));
		phases.put(Phase.APPRAISAL_1, new PhaseWindow(at(2025, 12, 15, 17, 0), at(2025, 12, 31, 17, 0)));
		phases.put(Phase.EXPLANATION, new PhaseWindow(at(2026, 1, 1, 7, 0), at(2026, 1, 7, 17, 0)));
		phases.put(Phase.APPRAISAL_2, new PhaseWindow(at(2026, 1, 8, 7, 0), at(2026, 1, 14, 17, 0)));
		phases.put(Phase.COUNCIL_APPROVAL, new PhaseWindow(at(2026, 1, 15, 7, 0), at(2026, 1, 24, 17, 0)));
		phases.put(Phase.PUBLICATION, new PhaseWindow(at(2026, 1, 25, 7, 0), at(2026, 1, 31, 17, 0)));
		return phases;
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(Formats.ZONE).toInstant();
	}

}
