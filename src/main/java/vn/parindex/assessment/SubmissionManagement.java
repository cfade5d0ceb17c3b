package vn.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * Submitting a self-assessment (chốt điểm tự chấm) with its immutable snapshot, and
 * withdrawing it to edit again. Only the unit's leader, only inside the unit's window.
 */
@Service
@Transactional
public class SubmissionManagement {

	private final Assessments assessments;

	private final Submissions submissions;

	private final AssessmentAccess access;

	private final WorkspaceBuilder workspaces;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubmissionManagement(Assessments assessments, Submissions submissions, AssessmentAccess access,
			WorkspaceBuilder workspaces, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.assessments = assessments;
		this.submissions = submissions;
		this.access = access;
		this.workspaces = workspaces;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Submits and locks the assessment, taking the snapshot; refused with every problem
	 * while a leaf is unscored or lacks required evidence.
	 * @return the snapshot's number
	 */
	public int submit(long id, long version) {
		Assessment assessment = loadForChange(id, version);
		Actor actor = this.access.lead(assessment);
		assessment.requireDraft();
		Instant now = this.clock.instant();
		this.workspaces.period(assessment).requireOpen(now);
		// Waits for saves in flight and makes any later one fail on its version; only
		// then
		// is the snapshot read, so it holds every save that succeeded.
		this.submissions.bumpEntryVersions(id);
		Workspace workspace = this.workspaces.build(assessment, actor);
		List<Problem> blocking = workspace.problems().stream().filter((p) -> p.kind().blocking()).toList();
		if (!blocking.isEmpty()) {
			throw new SubmissionRefusedException(blocking);
		}
		int seq = this.submissions.findByAssessmentIdOrderBySeqDesc(id).size() + 1;
		String snapshot = this.json.writeValueAsString(Snapshot.of(workspace, seq, actor.username(), now));
		this.submissions.save(new Submission(id, seq, workspace.overall(), snapshot, actor.username(), now));
		assessment.submit(actor.username(), now);
		this.assessments.flush();
		this.events.publishEvent(new AssessmentChanged("SUBMIT", id, Map.of("status", AssessmentStatus.DRAFT),
				Map.of("status", AssessmentStatus.SUBMITTED, "seq", seq, "selfTotal", workspace.overall().self(),
						"applicableMax", workspace.overall().max())));
		this.events.publishEvent(new AssessmentSubmitted(id, assessment.cycleId(), assessment.unitId(), seq, now));
		return seq;
	}

	/**
	 * Takes a submission back to a draft, with a reason: before the deadline and before
	 * appraisal starts.
	 */
	public void withdraw(long id, long version, String reason) {
		Assessment assessment = loadForChange(id, version);
		Actor actor = this.access.lead(assessment);
		if (reason.isBlank() || reason.strip().length() > 1000) {
			throw new BusinessRuleException("assessment.withdraw.reason-required");
		}
		Instant now = this.clock.instant();
		this.workspaces.period(assessment).requireOpen(now);
		assessment.withdraw();
		Submission latest = this.submissions.findByAssessmentIdOrderBySeqDesc(id).get(0);
		latest.withdraw(actor.username(), now, reason.strip());
		this.assessments.flush();
		this.events.publishEvent(
				new AssessmentChanged("WITHDRAW", id, Map.of("status", AssessmentStatus.SUBMITTED, "seq", latest.seq()),
						Map.of("status", AssessmentStatus.DRAFT, "reason", reason.strip())));
	}

	private Assessment loadForChange(long id, long version) {
		Assessment assessment = this.assessments.findExclusive(id)
			.orElseThrow(() -> new NotFoundException("assessment", id));
		if (assessment.version() != version) {
			this.access.read(assessment);
			throw new StaleVersionException("assessment", id);
		}
		return assessment;
	}

}
