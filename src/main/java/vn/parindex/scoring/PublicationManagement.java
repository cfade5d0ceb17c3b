package vn.parindex.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Publishing a period's results (ADMIN): the approval decision is recorded, the results
 * are computed from the council's approved scores and frozen as a snapshot whose SHA-256
 * the portal shows. A correction publishes a new numbered snapshot with its reason; the
 * old one stays, marked superseded.
 */
@Service
@Transactional
public class PublicationManagement {

	private final ResultsAssembler assembler;

	private final PublicationStore store;

	private final CanonicalJson json;

	private final CycleManagement cycles;

	private final AssessmentWorkflow workflow;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ImportedScores imports;

	PublicationManagement(ResultsAssembler assembler, PublicationStore store, CanonicalJson json,
			CycleManagement cycles, AssessmentWorkflow workflow, CurrentActor actor, ApplicationEventPublisher events,
			Clock clock, ImportedScores imports) {
		this.imports = imports;
		this.assembler = assembler;
		this.store = store;
		this.json = json;
		this.cycles = cycles;
		this.workflow = workflow;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the period's results under the decision; a correction of a published
	 * period needs its reason.
	 * @return the new publication's id
	 */
	public long publish(long cycleId, ResultsSnapshot.Decision decision, @Nullable String correctionReason) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		PublicationRules.requireDecision(decision);
		requireAllApproved(cycleId);
		CycleView cycle = this.cycles.view(cycleId);
		int seq = this.store.nextSeq(cycleId);
		String reason = PublicationRules.reason(seq, correctionReason);
		Instant now = this.clock.instant();
		ResultsAssembler.Assembled assembled = this.assembler.assemble(cycle);
		ResultsSnapshot snapshot = SnapshotBuilder.build(assembled, seq, decision, now, reason);
		String canonical = this.json.write(snapshot);
		String sha256 = CanonicalJson.sha256(canonical);
		Long superseded = this.store.supersede(cycleId, now);
		long id = this.store.insert(snapshot, canonical, sha256, admin.username());
		this.events.publishEvent(new PublicationChanged((seq == 1) ? "PUBLISH" : "CORRECT", cycleId,
				(superseded != null) ? Map.of("publicationId", superseded) : null,
				Map.of("publicationId", id, "seq", seq, "decision", decision.number(), "sha256", sha256)));
		this.events.publishEvent(new ScoresPublished(cycleId, id, seq, now));
		return id;
	}

	/** Every publication of the period, newest first; ADMIN and VIEWER. */
	@Transactional(readOnly = true)
	public List<Publication> history(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.store.history(cycleId);
	}

	private void requireAllApproved(long cycleId) {
		if (this.imports.current(cycleId).isPresent()) {
			return;
		}
		Map<Long, AssessmentStatus> statuses = this.workflow.statuses(cycleId);
		long pending = statuses.values()
			.stream()
			.filter((status) -> status != AssessmentStatus.DRAFT && status != AssessmentStatus.APPROVED)
			.count();
		if (pending > 0) {
			throw new BusinessRuleException("scoring.publish.not-approved", pending);
		}
		if (!statuses.containsValue(AssessmentStatus.APPROVED)) {
			throw new BusinessRuleException("scoring.publish.nothing");
		}
	}

}
