package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;

/**
 * Closes a round once every field that needs it is marked done: round 1 asks the unit to
 * explain the flagged leaves (or leaves the unit ready for the council when none is
 * flagged); round 2 makes the unit reappraised.
 */
@Component
class RoundClosing {

	private final AppraisalRecords records;

	private final AssessmentWorkflow workflow;

	private final ApplicationEventPublisher events;

	RoundClosing(AppraisalRecords records, AssessmentWorkflow workflow, ApplicationEventPublisher events) {
		this.records = records;
		this.workflow = workflow;
		this.events = events;
	}

	void closeIfDone(Appraisal appraisal, Round round, AssessmentStatus status, Instant now) {
		long id = appraisal.assessmentId();
		Set<String> needed = this.records.areasToMark(appraisal, round, status);
		if (!this.records.marked(id, round).containsAll(needed)) {
			return;
		}
		if (round == Round.ROUND_1) {
			closeRound1(appraisal, now);
		}
		else {
			appraisal.closeRound2(now);
			this.workflow.reappraised(id);
		}
		this.events.publishEvent(
				AppraisalChanged.ofAssessment("CLOSE_" + round.name(), id, null, Map.of("closedAt", now.toString())));
	}

	private void closeRound1(Appraisal appraisal, Instant now) {
		long id = appraisal.assessmentId();
		List<String> flagged = this.records.rows(id)
			.stream()
			.filter(ScoreRow::flagged)
			.map(ScoreRow::nodeCode)
			.toList();
		if (flagged.isEmpty()) {
			appraisal.closeRound1(now, null);
			return;
		}
		Instant deadline = this.workflow.explanationDeadline(id);
		appraisal.closeRound1(now, deadline);
		this.workflow.requestExplanation(id, flagged);
		this.events
			.publishEvent(new ExplanationRequested(id, appraisal.cycleId(), appraisal.unitId(), flagged, deadline));
	}

}
