package vn.parindex.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.Actor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The assessment's states after submission, for the appraisal module: appraisal begun,
 * explanation requested on some leaves, explanation locked by the unit's leader, round 2
 * closed, approved, returned. The aggregate refuses a move the workflow does not allow;
 * here the role is checked, the appraisal module checks assignments.
 */
@Service
@Transactional
public class AssessmentWorkflow {

	private final Assessments assessments;

	private final Entries entries;

	private final ExplanationRound explanation;

	private final AssessmentAccess access;

	private final ApplicationEventPublisher events;

	AssessmentWorkflow(Assessments assessments, Entries entries, ExplanationRound explanation, AssessmentAccess access,
			ApplicationEventPublisher events) {
		this.assessments = assessments;
		this.entries = entries;
		this.explanation = explanation;
		this.access = access;
		this.events = events;
	}

	/**
	 * For other modules: the self-score of every leaf the unit enters. No access check.
	 */
	@Transactional(readOnly = true)
	public List<SelfScore> selfScores(long id) {
		return this.entries.findByAssessmentId(id)
			.stream()
			.map((entry) -> new SelfScore(entry.nodeCode(), entry.selfPoints(), entry.naClaimed()))
			.toList();
	}

	/**
	 * For other modules: the state of each unit's assessment in a period. No access
	 * check.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AssessmentStatus> statuses(long cycleId) {
		Map<Long, AssessmentStatus> statuses = new LinkedHashMap<>();
		this.assessments.findByCycleId(cycleId).forEach((a) -> statuses.put(a.unitId(), a.status()));
		return statuses;
	}

	/** For other modules: the assessment's state. No access check. */
	@Transactional(readOnly = true)
	public AssessmentStatus status(long id) {
		return load(id).status();
	}

	/** For other modules: the unit's explanation deadline, extension included. */
	@Transactional(readOnly = true)
	public Instant explanationDeadline(long id) {
		return this.explanation.deadline(load(id));
	}

	/**
	 * An appraiser starts: the unit can no longer withdraw. Nothing when already begun.
	 */
	public void beginAppraisal(long id) {
		this.access.actor().requireRole(Role.APPRAISER);
		Assessment assessment = load(id);
		if (assessment.status() == AssessmentStatus.SUBMITTED) {
			move(assessment, AssessmentStatus.IN_APPRAISAL);
		}
	}

	/** Round 1 closed with flagged leaves: the unit must explain them. */
	public void requestExplanation(long id, Collection<String> codes) {
		this.access.actor().requireRole(Role.APPRAISER);
		Assessment assessment = load(id);
		move(assessment, AssessmentStatus.EXPLANATION_REQUESTED);
		for (AssessmentEntry entry : this.entries.findByAssessmentId(id)) {
			if (codes.contains(entry.nodeCode())) {
				entry.requestExplanation();
			}
		}
	}

	/** The unit's leader locks its explanation, before the deadline. */
	public void lockExplanation(long id) {
		Assessment assessment = load(id);
		Actor actor = this.access.lead(assessment);
		ExplanationRound.requireUnit(actor, assessment);
		this.explanation.requireBeforeDeadline(assessment);
		move(assessment, AssessmentStatus.EXPLAINED);
	}

	/** Round 2 closed; appraisers only. */
	public void reappraised(long id) {
		this.access.actor().requireRole(Role.APPRAISER);
		move(load(id), AssessmentStatus.REAPPRAISED);
	}

	/** Approved, or returned to round 2 (also to unlock); the council chair only. */
	public void decide(long id, AssessmentStatus decision) {
		this.access.actor().requireRole(Role.COUNCIL_CHAIR);
		if (decision != AssessmentStatus.APPROVED && decision != AssessmentStatus.RETURNED) {
			throw new IllegalArgumentException("not a council decision: " + decision);
		}
		move(load(id), decision);
	}

	private void move(Assessment assessment, AssessmentStatus next) {
		AssessmentStatus previous = assessment.moveTo(next);
		this.assessments.flush();
		this.events.publishEvent(
				new AssessmentChanged("STATE", assessment.id(), Map.of("status", previous), Map.of("status", next)));
	}

	private Assessment load(long id) {
		return this.assessments.findById(id).orElseThrow(() -> new NotFoundException("assessment", id));
	}

}
