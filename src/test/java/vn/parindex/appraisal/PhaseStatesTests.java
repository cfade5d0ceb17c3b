package vn.parindex.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.parindex.appraisal.DashboardView.Cell;
import vn.parindex.appraisal.DashboardView.State;
import vn.parindex.appraisal.PhaseStates.Facts;
import vn.parindex.appraisal.PhaseStates.Window;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.framework.cycle.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.assessment.AssessmentStatus.APPROVED;
import static vn.parindex.assessment.AssessmentStatus.DRAFT;
import static vn.parindex.assessment.AssessmentStatus.EXPLAINED;
import static vn.parindex.assessment.AssessmentStatus.EXPLANATION_REQUESTED;
import static vn.parindex.assessment.AssessmentStatus.IN_APPRAISAL;
import static vn.parindex.assessment.AssessmentStatus.REAPPRAISED;
import static vn.parindex.assessment.AssessmentStatus.RETURNED;
import static vn.parindex.assessment.AssessmentStatus.SUBMITTED;

/**
 * Each state of each phase, from the assessment's state, the appraisal and the unit's
 * window: done, in progress, waiting, not needed and overdue.
 */
class PhaseStatesTests {

	private static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");

	private static final Window OPEN = new Window(NOW.minus(days(5)), NOW.plus(days(5)));

	private static final Window PAST = new Window(NOW.minus(days(10)), NOW.minus(days(1)));

	private static final Window FUTURE = new Window(NOW.plus(days(1)), NOW.plus(days(10)));

	private static final Instant CLOSED = NOW.minus(days(2));

	private static Duration days(int n) {
		return Duration.ofDays(n);
	}

	private static Facts facts(@Nullable AssessmentStatus status) {
		return new Facts(status, null, null, null, null, null);
	}

	private static Facts round1Closed(AssessmentStatus status, @Nullable Instant explanationDeadline) {
		return new Facts(status, CLOSED, explanationDeadline, null, null, null);
	}

	private static State state(Phase phase, Facts facts, Window window) {
		return PhaseStates.of(phase, facts, window, NOW);
	}

	@Test
	void selfAssessmentIsOverdueWhenTheUnitsDeadlinePassedWithoutSubmission() {
		assertThat(state(Phase.SELF_ASSESSMENT, facts(DRAFT), PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.SELF_ASSESSMENT, facts(null), PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.SELF_ASSESSMENT, facts(DRAFT), OPEN)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.SELF_ASSESSMENT, facts(null), FUTURE)).isEqualTo(State.WAITING);
		assertThat(state(Phase.SELF_ASSESSMENT, facts(SUBMITTED), PAST)).isEqualTo(State.DONE);
	}

	@Test
	void theDeadlineItselfIsAlreadyOverdue() {
		Window endsNow = new Window(NOW.minus(days(3)), NOW);
		assertThat(state(Phase.SELF_ASSESSMENT, facts(DRAFT), endsNow)).isEqualTo(State.OVERDUE);
		Window endsLater = new Window(NOW.minus(days(3)), NOW.plusSeconds(1));
		assertThat(state(Phase.SELF_ASSESSMENT, facts(DRAFT), endsLater)).isEqualTo(State.IN_PROGRESS);
	}

	@Test
	void roundOneWaitsForTheSubmissionAndIsOverdueWhenNotClosedInTime() {
		assertThat(state(Phase.APPRAISAL_1, facts(DRAFT), PAST)).isEqualTo(State.WAITING);
		assertThat(state(Phase.APPRAISAL_1, facts(SUBMITTED), FUTURE)).isEqualTo(State.WAITING);
		assertThat(state(Phase.APPRAISAL_1, facts(IN_APPRAISAL), FUTURE)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.APPRAISAL_1, facts(SUBMITTED), OPEN)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.APPRAISAL_1, facts(IN_APPRAISAL), PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.APPRAISAL_1, round1Closed(IN_APPRAISAL, null), PAST)).isEqualTo(State.DONE);
		assertThat(state(Phase.APPRAISAL_1, facts(EXPLANATION_REQUESTED), PAST)).isEqualTo(State.DONE);
	}

	@Test
	void explanationAndRoundTwoAreNotNeededWhenRoundOneFlaggedNothing() {
		Facts clean = round1Closed(IN_APPRAISAL, null);
		assertThat(state(Phase.EXPLANATION, clean, PAST)).isEqualTo(State.NOT_NEEDED);
		assertThat(state(Phase.APPRAISAL_2, clean, PAST)).isEqualTo(State.NOT_NEEDED);
		assertThat(state(Phase.COUNCIL_APPROVAL, clean, OPEN)).isEqualTo(State.IN_PROGRESS);
		Facts approved = new Facts(APPROVED, CLOSED, null, null, null, NOW);
		assertThat(state(Phase.EXPLANATION, approved, PAST)).isEqualTo(State.NOT_NEEDED);
		assertThat(state(Phase.APPRAISAL_2, approved, PAST)).isEqualTo(State.NOT_NEEDED);
		assertThat(state(Phase.COUNCIL_APPROVAL, approved, PAST)).isEqualTo(State.DONE);
	}

	@Test
	void explanationIsOverdueWhenRequestedPastTheDeadlineWithoutALock() {
		Facts requested = round1Closed(EXPLANATION_REQUESTED, PAST.deadline());
		assertThat(state(Phase.EXPLANATION, requested, PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.EXPLANATION, requested, OPEN)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.EXPLANATION, round1Closed(EXPLAINED, PAST.deadline()), PAST)).isEqualTo(State.DONE);
		Facts locked = new Facts(EXPLANATION_REQUESTED, CLOSED, OPEN.deadline(), NOW, null, null);
		assertThat(state(Phase.EXPLANATION, locked, OPEN)).isEqualTo(State.DONE);
	}

	@Test
	void explanationUsesTheAppraisalsDeadlineWhenThePhaseHasNone() {
		Facts requested = round1Closed(EXPLANATION_REQUESTED, PAST.deadline());
		assertThat(state(Phase.EXPLANATION, requested, Window.NONE)).isEqualTo(State.OVERDUE);
	}

	@Test
	void explanationAndRoundTwoWaitForRoundOne() {
		assertThat(state(Phase.EXPLANATION, facts(IN_APPRAISAL), PAST)).isEqualTo(State.WAITING);
		assertThat(state(Phase.APPRAISAL_2, facts(IN_APPRAISAL), PAST)).isEqualTo(State.WAITING);
		assertThat(state(Phase.COUNCIL_APPROVAL, facts(IN_APPRAISAL), PAST)).isEqualTo(State.WAITING);
	}

	@Test
	void roundTwoOpensWhenTheExplanationIsOverAndIsOverdueAfterItsDeadline() {
		Facts explaining = round1Closed(EXPLANATION_REQUESTED, OPEN.deadline());
		assertThat(state(Phase.APPRAISAL_2, explaining, PAST)).isEqualTo(State.WAITING);
		Facts lapsed = round1Closed(EXPLANATION_REQUESTED, PAST.deadline());
		assertThat(state(Phase.APPRAISAL_2, lapsed, OPEN)).isEqualTo(State.IN_PROGRESS);
		Facts explained = round1Closed(EXPLAINED, OPEN.deadline());
		assertThat(state(Phase.APPRAISAL_2, explained, OPEN)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.APPRAISAL_2, explained, PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.APPRAISAL_2, round1Closed(REAPPRAISED, PAST.deadline()), PAST)).isEqualTo(State.DONE);
	}

	@Test
	void aUnitReturnedByTheCouncilIsBackInRoundTwo() {
		Facts returned = round1Closed(RETURNED, null);
		assertThat(state(Phase.EXPLANATION, returned, PAST)).isEqualTo(State.NOT_NEEDED);
		assertThat(state(Phase.APPRAISAL_2, returned, OPEN)).isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.COUNCIL_APPROVAL, returned, OPEN)).isEqualTo(State.WAITING);
	}

	@Test
	void theCouncilIsOverdueWhenAReadyUnitIsNotApprovedInTime() {
		assertThat(state(Phase.COUNCIL_APPROVAL, round1Closed(REAPPRAISED, CLOSED), PAST)).isEqualTo(State.OVERDUE);
		assertThat(state(Phase.COUNCIL_APPROVAL, round1Closed(REAPPRAISED, CLOSED), FUTURE))
			.isEqualTo(State.IN_PROGRESS);
		assertThat(state(Phase.COUNCIL_APPROVAL, round1Closed(EXPLAINED, CLOSED), PAST)).isEqualTo(State.WAITING);
	}

	@Test
	void cellsFollowTheDashboardsPhasesWithTheUnitsDeadlines() {
		Map<Phase, Window> windows = Map.of(Phase.SELF_ASSESSMENT, PAST, Phase.APPRAISAL_1, FUTURE);
		List<Cell> cells = PhaseStates.cells(facts(DRAFT), windows, NOW);
		assertThat(cells).extracting(Cell::phase).containsExactlyElementsOf(DashboardView.PHASES);
		assertThat(cells).extracting(Cell::state)
			.containsExactly(State.OVERDUE, State.WAITING, State.WAITING, State.WAITING, State.WAITING);
		assertThat(cells.get(0).deadline()).isEqualTo(PAST.deadline());
		assertThat(cells.get(0).css()).isEqualTo("state-overdue");
		assertThat(cells.get(2).deadline()).isNull();
	}

}
