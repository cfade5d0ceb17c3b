package vn.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.Role;

/**
 * The rules of the explanation round (giải trình) on the unit's side: the unit's officer
 * or leader, an assessment waiting for its explanation, a flagged leaf, and the unit's
 * explanation deadline not passed.
 */
@Component
class ExplanationRound {

	private final CycleManagement cycles;

	private final Clock clock;

	ExplanationRound(CycleManagement cycles, Clock clock) {
		this.cycles = cycles;
		this.clock = clock;
	}

	/** The unit's explanation deadline, its extension if later. */
	Instant deadline(Assessment assessment) {
		return this.cycles.deadline(assessment.cycleId(), assessment.unitId(), Phase.EXPLANATION);
	}

	/** Refuses unless the actor may add to the explanation of the leaf now. */
	void requireOpen(Actor actor, Assessment assessment, AssessmentEntry entry) {
		requireUnit(actor, assessment);
		if (assessment.status() != AssessmentStatus.EXPLANATION_REQUESTED) {
			throw new BusinessRuleException("assessment.explanation.not-open");
		}
		if (!entry.explanationRequested()) {
			throw new BusinessRuleException("assessment.explanation.not-flagged", entry.nodeCode());
		}
		requireBeforeDeadline(assessment);
	}

	void requireBeforeDeadline(Assessment assessment) {
		Instant deadline = deadline(assessment);
		if (!this.clock.instant().isBefore(deadline)) {
			throw new BusinessRuleException("assessment.explanation.closed", Formats.dateTime(deadline));
		}
	}

	static void requireUnit(Actor actor, Assessment assessment) {
		if (!actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)
				|| !Objects.equals(actor.unitId(), assessment.unitId())) {
			throw new AccessRefusedException();
		}
	}

}
