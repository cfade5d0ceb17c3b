package vn.parindex.appraisal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentSubmitted;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.assessment.SelfScore;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;

/**
 * Opens the appraisal when a unit submits, in the submission's transaction: a row per
 * leaf with the self-score, and the self-score as the first version of each leaf. A
 * submission after a withdrawal refreshes the self-scores.
 */
@Component
class AppraisalStarter {

	private final Appraisals appraisals;

	private final Scores scores;

	private final ScoreVersions versions;

	private final AssessmentWorkflow workflow;

	private final CycleManagement cycles;

	private final CurrentActor actor;

	AppraisalStarter(Appraisals appraisals, Scores scores, ScoreVersions versions, AssessmentWorkflow workflow,
			CycleManagement cycles, CurrentActor actor) {
		this.actor = actor;
		this.appraisals = appraisals;
		this.scores = scores;
		this.versions = versions;
		this.workflow = workflow;
		this.cycles = cycles;
	}

	@EventListener
	void on(AssessmentSubmitted event) {
		long id = event.assessmentId();
		if (this.appraisals.findById(id).isEmpty()) {
			UnitPeriod period = this.cycles.unitPeriod(event.cycleId(), event.unitId(), Phase.APPRAISAL_1)
				.orElseThrow();
			this.appraisals
				.save(new Appraisal(id, event.cycleId(), event.unitId(), period.peerGroupId(), period.frameworkId()));
			this.appraisals.flush();
		}
		String by = this.actor.find().map(Actor::username).orElse(Actor.SYSTEM.username());
		for (SelfScore self : this.workflow.selfScores(id)) {
			AppraisalScore score = this.scores.find(id, self.code())
				.orElseGet(() -> new AppraisalScore(id, self.code()));
			score.submitted(self.points(), self.naClaimed());
			this.scores.save(score);
			this.versions.save(version(id, self, event.submittedAt(), by));
		}
	}

	private static ScoreVersion version(long id, SelfScore self, Instant at, String by) {
		return new ScoreVersion(id, self.code(), ScoreVersion.Stage.SELF, self.points(),
				self.naClaimed() ? "N/A" : null, null, by, at);
	}

}
