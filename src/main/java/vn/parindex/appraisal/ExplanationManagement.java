package vn.parindex.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.assessment.EvidenceRow;
import vn.parindex.assessment.Workspace;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.StaleVersionException;

/**
 * The unit's side of the explanation round (giải trình): it sees only its flagged leaves
 * with the appraisers' comments, answers each before the deadline (files go through the
 * assessment's evidence), and its leader locks the explanation.
 */
@Service
@Transactional
public class ExplanationManagement {

	private final AppraisalRecords records;

	private final AppraisalAccess access;

	private final AssessmentWorkflow workflow;

	private final AssessmentManagement assessments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExplanationManagement(AppraisalRecords records, AppraisalAccess access, AssessmentWorkflow workflow,
			AssessmentManagement assessments, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.access = access;
		this.workflow = workflow;
		this.assessments = assessments;
		this.events = events;
		this.clock = clock;
	}

	/** The unit's flagged leaves; the unit's own users only, once round 1 has closed. */
	@Transactional(readOnly = true)
	public ExplanationView view(long id) {
		Appraisal appraisal = this.records.appraisal(id);
		Actor actor = this.access.unit(appraisal);
		if (appraisal.explanationDeadline() == null) {
			throw new BusinessRuleException("appraisal.explanation.none");
		}
		Workspace workspace = this.assessments.workspace(id);
		Map<String, ScoreRow> flagged = this.records.rows(id)
			.stream()
			.filter(ScoreRow::flagged)
			.collect(Collectors.toMap(ScoreRow::nodeCode, (row) -> row));
		AssessmentStatus status = workspace.header().status();
		boolean open = open(appraisal, status);
		return new ExplanationView(id, workspace.header().cycleName(), workspace.header().unitName(), status,
				appraisal.explanationDeadline(), appraisal.explanationLockedAt(), open,
				open && actor.hasRole(vn.parindex.shared.Role.UNIT_LEADER),
				workspace.nodes()
					.stream()
					.filter((node) -> flagged.containsKey(node.definition().code()))
					.map((node) -> new ExplanationView.Leaf(node, flagged.get(node.definition().code())))
					.toList());
	}

	/** Saves the unit's answer on a flagged leaf, before the deadline. */
	public ScoreRow answer(long id, String code, @Nullable String text, long version) {
		Appraisal appraisal = this.records.appraisal(id);
		Actor actor = this.access.unit(appraisal);
		requireOpen(appraisal);
		AppraisalScore score = this.records.score(id, code);
		if (!score.flagged()) {
			throw new BusinessRuleException("assessment.explanation.not-flagged", code);
		}
		if (score.version() != version) {
			throw new StaleVersionException("appraisal-score", code);
		}
		ScoreRow before = this.records.row(id, code);
		Instant now = this.clock.instant();
		score.answer(text, actor.username(), now);
		this.records.answered(score, actor, now);
		ScoreRow after = this.records.row(id, code);
		this.events.publishEvent(AppraisalChanged.ofAssessment("ANSWER", id,
				Map.of("code", code, "answer", String.valueOf(before.answer())),
				Map.of("code", code, "answer", String.valueOf(after.answer()))));
		return after;
	}

	/**
	 * The leader locks the explanation; every flagged leaf needs an answer or a new file.
	 */
	public void lock(long id) {
		Appraisal appraisal = this.records.locked(id);
		Actor actor = this.access.unit(appraisal);
		requireOpen(appraisal);
		Set<String> withNewFiles = this.assessments.workspace(id)
			.nodes()
			.stream()
			.filter((node) -> node.evidence().stream().anyMatch(EvidenceRow::explanation))
			.map((node) -> node.definition().code())
			.collect(Collectors.toSet());
		Set<String> unanswered = this.records.rows(id)
			.stream()
			.filter((row) -> row.flagged() && row.answer() == null && !withNewFiles.contains(row.nodeCode()))
			.map(ScoreRow::nodeCode)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (!unanswered.isEmpty()) {
			throw new BusinessRuleException("appraisal.explanation.unanswered", String.join(", ", unanswered));
		}
		this.workflow.lockExplanation(id);
		Instant now = this.clock.instant();
		appraisal.explanationLocked(actor.username(), now);
		this.events.publishEvent(AppraisalChanged.ofAssessment("LOCK_EXPLANATION", id, null,
				Map.of("by", actor.username(), "at", now.toString())));
		this.events
			.publishEvent(new ExplanationLocked(id, appraisal.cycleId(), appraisal.unitId(), actor.username(), now));
	}

	private void requireOpen(Appraisal appraisal) {
		AssessmentStatus status = this.workflow.status(appraisal.assessmentId());
		if (status != AssessmentStatus.EXPLANATION_REQUESTED) {
			throw new BusinessRuleException("assessment.explanation.not-open");
		}
		if (appraisal.explanationOver(this.clock.instant())) {
			throw new BusinessRuleException("assessment.explanation.closed",
					Formats.dateTime(appraisal.explanationDeadline()));
		}
	}

	private boolean open(Appraisal appraisal, AssessmentStatus status) {
		return status == AssessmentStatus.EXPLANATION_REQUESTED && !appraisal.explanationOver(this.clock.instant());
	}

}
