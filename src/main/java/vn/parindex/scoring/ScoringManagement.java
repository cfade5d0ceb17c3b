package vn.parindex.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * A period's results computed from the official scores (the council's approved ones, or
 * those imported for a period not appraised here), never stored by hand: points, %,
 * fields, bonus and penalty, rank in the peer group, band, change from last year, lost
 * points and the group figures. ADMIN and VIEWER see them before publication.
 */
@Service
@Transactional(readOnly = true)
public class ScoringManagement {

	private final ResultsAssembler assembler;

	private final CycleManagement cycles;

	private final CurrentActor actor;

	private final ImportedScores imports;

	ScoringManagement(ResultsAssembler assembler, CycleManagement cycles, CurrentActor actor, ImportedScores imports) {
		this.assembler = assembler;
		this.cycles = cycles;
		this.actor = actor;
		this.imports = imports;
	}

	/**
	 * The assessment behind a unit's official result, for the explain view, whose
	 * appraisal pages check who may read it; empty when the period's points were
	 * imported.
	 */
	public Optional<Long> appraisal(long cycleId, long unitId) {
		this.actor.get();
		return official(cycleId, unitId).map(OfficialPoints::assessmentId);
	}

	/**
	 * A unit's imported result down to each leaf; ADMIN, VIEWER, the council and
	 * appraisers, or the unit's own people.
	 */
	public ImportedUnit imported(long cycleId, long unitId) {
		Actor actor = this.actor.get();
		if (!actor.hasRole(Role.ADMIN, Role.VIEWER, Role.COUNCIL_CHAIR, Role.APPRAISER)
				&& !Long.valueOf(unitId).equals(actor.unitId())) {
			throw new AccessRefusedException();
		}
		ResultsAssembler.Assembled assembled = this.assembler.assemble(this.cycles.fullView(cycleId));
		OfficialPoints points = assembled.approved()
			.stream()
			.filter((unit) -> unit.unitId() == unitId && unit.imported())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("result", unitId));
		UnitResult result = assembled.results().unit(unitId).orElseThrow();
		Map<String, String> notes = this.imports.notes(cycleId, unitId);
		List<ImportedUnit.Leaf> leaves = assembled.leaves(points)
			.stream()
			.map((leaf) -> new ImportedUnit.Leaf(leaf.code(), leaf.name(), leaf.max(), leaf.points(),
					leaf.notApplicable(), notes.get(leaf.code())))
			.toList();
		CycleView.UnitEntry unit = assembled.units().get(unitId);
		return new ImportedUnit(cycleId, assembled.cycle().name(), (unit != null) ? unit.code() : "#" + unitId, result,
				this.imports.current(cycleId).orElseThrow(), leaves);
	}

	private Optional<OfficialPoints> official(long cycleId, long unitId) {
		Optional<OfficialPoints> found = this.assembler.official(cycleId)
			.stream()
			.filter((finals) -> finals.unitId() == unitId)
			.findFirst();
		if (found.isEmpty()) {
			throw new NotFoundException("result", unitId);
		}
		return found;
	}

	/** The results of the period's approved units, computed now; ADMIN and VIEWER. */
	public ResultsPreview preview(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		ResultsAssembler.Assembled assembled = this.assembler.assemble(this.cycles.view(cycleId));
		return new ResultsPreview(cycleId, assembled.cycle().name(), assembled.cycle().year(), assembled.groupNames(),
				assembled.bandLabels(), assembled.results(), assembled.surveys(), assembled.surveyGaps());
	}

}
