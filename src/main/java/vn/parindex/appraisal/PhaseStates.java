package vn.parindex.appraisal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.appraisal.DashboardView.Cell;
import vn.parindex.appraisal.DashboardView.State;
import vn.parindex.appraisal.DashboardView.UnitLine;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.organisation.UnitRow;

import static vn.parindex.assessment.AssessmentStatus.APPROVED;
import static vn.parindex.assessment.AssessmentStatus.DRAFT;
import static vn.parindex.assessment.AssessmentStatus.EXPLAINED;
import static vn.parindex.assessment.AssessmentStatus.EXPLANATION_REQUESTED;
import static vn.parindex.assessment.AssessmentStatus.IN_APPRAISAL;
import static vn.parindex.assessment.AssessmentStatus.REAPPRAISED;
import static vn.parindex.assessment.AssessmentStatus.RETURNED;

/**
 * Where a unit stands in each phase, from its assessment's state, its appraisal and its
 * deadlines: done, in progress, waiting, not needed, or overdue when the unit's deadline
 * (extension included) has passed and the phase is not finished. Pure: "now" is given.
 */
final class PhaseStates {

	private static final Set<AssessmentStatus> AFTER_ROUND_1 = EnumSet.of(EXPLANATION_REQUESTED, EXPLAINED, REAPPRAISED,
			RETURNED, APPROVED);

	private static final Set<AssessmentStatus> AFTER_EXPLANATION = EnumSet.of(EXPLAINED, REAPPRAISED, RETURNED,
			APPROVED);

	private PhaseStates() {
	}

	/** The unit's cells in the dashboard's phases, in order. */
	static List<Cell> cells(Facts facts, Map<Phase, Window> windows, Instant now) {
		return DashboardView.PHASES.stream().map((phase) -> {
			Window window = windows.getOrDefault(phase, Window.NONE);
			return new Cell(phase, of(phase, facts, window, now), window.deadline());
		}).toList();
	}

	/** Where the unit stands in one phase. */
	static State of(Phase phase, Facts facts, Window window, Instant now) {
		return switch (phase) {
			case SELF_ASSESSMENT -> facts.submitted() ? State.DONE : pending(window, now, false);
			case APPRAISAL_1 -> round1(facts, window, now);
			case EXPLANATION -> explanation(facts, window, now);
			case APPRAISAL_2 -> round2(facts, window, now);
			case COUNCIL_APPROVAL -> council(facts, window, now);
			case PUBLICATION -> (facts.status() == APPROVED) ? State.DONE : State.WAITING;
		};
	}

	private static State round1(Facts facts, Window window, Instant now) {
		if (facts.round1Done()) {
			return State.DONE;
		}
		return facts.submitted() ? pending(window, now, facts.status() == IN_APPRAISAL) : State.WAITING;
	}

	private static State explanation(Facts facts, Window window, Instant now) {
		if (!facts.round1Done()) {
			return State.WAITING;
		}
		if (!facts.flagged()) {
			return State.NOT_NEEDED;
		}
		if (facts.explanationLockedAt() != null || AFTER_EXPLANATION.contains(facts.status())) {
			return State.DONE;
		}
		Instant deadline = (window.deadline() != null) ? window.deadline() : facts.explanationDeadline();
		return pending(new Window(window.startsAt(), deadline), now, true);
	}

	private static State round2(Facts facts, Window window, Instant now) {
		if (!facts.round1Done()) {
			return State.WAITING;
		}
		if (!facts.flagged() && facts.status() != RETURNED && facts.round2ClosedAt() == null) {
			return State.NOT_NEEDED;
		}
		if (facts.status() == REAPPRAISED || facts.status() == APPROVED) {
			return State.DONE;
		}
		if (facts.status() == EXPLANATION_REQUESTED && !facts.explanationOver(now)) {
			return State.WAITING;
		}
		return pending(window, now, true);
	}

	private static State council(Facts facts, Window window, Instant now) {
		if (facts.status() == APPROVED || facts.lockedAt() != null) {
			return State.DONE;
		}
		boolean ready = (facts.status() == IN_APPRAISAL && facts.round1ClosedAt() != null)
				|| facts.status() == REAPPRAISED;
		return ready ? pending(window, now, true) : State.WAITING;
	}

	/** Not finished: overdue after the deadline, else waiting before the start. */
	private static State pending(Window window, Instant now, boolean begun) {
		if (window.deadline() != null && !now.isBefore(window.deadline())) {
			return State.OVERDUE;
		}
		if (!begun && window.startsAt() != null && now.isBefore(window.startsAt())) {
			return State.WAITING;
		}
		return State.IN_PROGRESS;
	}

	/**
	 * What is known of a unit's assessment and appraisal.
	 *
	 * @param status the assessment's state, null when not started
	 * @param round1ClosedAt when round 1 closed
	 * @param explanationDeadline the explanation deadline set when round 1 closed
	 * @param explanationLockedAt when the unit locked its explanation
	 * @param round2ClosedAt when round 2 closed
	 * @param lockedAt when the council's approval locked the scores
	 */
	record Facts(@Nullable AssessmentStatus status, @Nullable Instant round1ClosedAt,
			@Nullable Instant explanationDeadline, @Nullable Instant explanationLockedAt,
			@Nullable Instant round2ClosedAt, @Nullable Instant lockedAt) {

		static Facts of(@Nullable AssessmentStatus status, @Nullable Appraisal appraisal) {
			if (appraisal == null) {
				return new Facts(status, null, null, null, null, null);
			}
			return new Facts(status, appraisal.round1ClosedAt(), appraisal.explanationDeadline(),
					appraisal.explanationLockedAt(), appraisal.round2ClosedAt(), appraisal.lockedAt());
		}

		boolean submitted() {
			return this.status != null && this.status != DRAFT;
		}

		boolean round1Done() {
			return this.round1ClosedAt != null || AFTER_ROUND_1.contains(this.status);
		}

		/** Whether round 1 asked the unit to explain some leaves. */
		boolean flagged() {
			return this.status == EXPLANATION_REQUESTED || this.status == EXPLAINED
					|| (this.explanationDeadline != null && AFTER_EXPLANATION.contains(this.status));
		}

		boolean explanationOver(Instant now) {
			return this.explanationLockedAt != null
					|| (this.explanationDeadline != null && !now.isBefore(this.explanationDeadline));
		}

	}

	/**
	 * The unit's window in a phase.
	 *
	 * @param startsAt when the phase starts, null if not scheduled
	 * @param deadline the unit's deadline, extension included, null if not scheduled
	 */
	record Window(@Nullable Instant startsAt, @Nullable Instant deadline) {

		static final Window NONE = new Window(null, null);

	}

	/**
	 * What every unit's row of one period needs, read once.
	 *
	 * @param statuses each unit's assessment state
	 * @param appraisals each unit's appraisal
	 * @param windows each unit's window in each phase
	 * @param units the units' names
	 * @param now the time the states are for
	 */
	record Period(Map<Long, AssessmentStatus> statuses, Map<Long, Appraisal> appraisals,
			Map<Long, Map<Phase, Window>> windows, Map<Long, UnitRow> units, Instant now) {

		UnitLine line(long unitId) {
			UnitRow unit = this.units.get(unitId);
			AssessmentStatus status = this.statuses.get(unitId);
			Facts facts = Facts.of(status, this.appraisals.get(unitId));
			return new UnitLine(unitId, (unit != null) ? unit.code() : "#" + unitId,
					(unit != null) ? unit.name() : "#" + unitId, status,
					cells(facts, this.windows.getOrDefault(unitId, Map.of()), this.now));
		}

	}

}
