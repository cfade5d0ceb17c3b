package vn.parindex;

import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AssignmentBoard;
import vn.parindex.appraisal.AssignmentManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;

/**
 * The demo's appraisal set-up, through the facade: the demo appraiser is assigned to
 * every field of every peer group of the open period, so a unit that submits can be
 * appraised at once. Nothing is done when the period has any assignment already.
 */
@Component
class DemoAppraisal {

	static final String APPRAISER = "thamdinh.snv";

	private final CycleManagement cycles;

	private final AssignmentManagement assignments;

	DemoAppraisal(CycleManagement cycles, AssignmentManagement assignments) {
		this.cycles = cycles;
		this.assignments = assignments;
	}

	void load() {
		for (CycleRow cycle : this.cycles.list()) {
			if (cycle.status() == CycleStatus.OPEN) {
				assignAll(this.assignments.board(cycle.id()));
			}
		}
	}

	private void assignAll(AssignmentBoard board) {
		boolean assigned = board.groups()
			.stream()
			.flatMap((group) -> group.areas().stream())
			.anyMatch((area) -> !area.assigned().isEmpty());
		Long appraiser = board.appraisers()
			.stream()
			.filter((candidate) -> candidate.label().endsWith("(" + APPRAISER + ")"))
			.map(AssignmentBoard.Appraiser::id)
			.findFirst()
			.orElse(null);
		if (assigned || appraiser == null) {
			return;
		}
		for (AssignmentBoard.Group group : board.groups()) {
			for (AssignmentBoard.Area area : group.areas()) {
				this.assignments.assign(board.cycleId(), group.peerGroupId(), area.code(), appraiser);
			}
		}
	}

}
