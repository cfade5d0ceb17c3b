package vn.parindex.scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.UnitFinals;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * A period's results computed from the council's approved scores, never stored by hand:
 * points, %, fields, bonus and penalty, rank in the peer group, band, change from last
 * year, lost points and the group figures. ADMIN and VIEWER see them before publication.
 */
@Service
@Transactional(readOnly = true)
public class ScoringManagement {

	private final ResultsAssembler assembler;

	private final AppraisalResults appraisals;

	private final CycleManagement cycles;

	private final CurrentActor actor;

	ScoringManagement(ResultsAssembler assembler, AppraisalResults appraisals, CycleManagement cycles,
			CurrentActor actor) {
		this.appraisals = appraisals;
		this.assembler = assembler;
		this.cycles = cycles;
		this.actor = actor;
	}

	/**
	 * The assessment behind a unit's approved result, for the explain view; the appraisal
	 * pages check who may read it.
	 */
	public long assessmentOf(long cycleId, long unitId) {
		this.actor.get();
		return this.appraisals.approved(cycleId)
			.stream()
			.filter((finals) -> finals.unitId() == unitId)
			.map(UnitFinals::assessmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("result", unitId));
	}

	/** The results of the period's approved units, computed now; ADMIN and VIEWER. */
	public ResultsPreview preview(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		ResultsAssembler.Assembled assembled = this.assembler.assemble(this.cycles.view(cycleId));
		return new ResultsPreview(cycleId, assembled.cycle().name(), assembled.cycle().year(), assembled.groupNames(),
				assembled.bandLabels(), assembled.results());
	}

}
