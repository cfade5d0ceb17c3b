package vn.parindex.notification;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.appraisal.AssignmentBoard;
import vn.parindex.appraisal.AssignmentManagement;
import vn.parindex.appraisal.AssignmentRow;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;

/**
 * The demo period of a unit, and the demo appraiser assigned to its peer group for the
 * length of a test (the assignment is removed afterwards unless it existed before).
 *
 * @param cycles the periods
 * @param frameworks the frameworks, for a field to assign
 * @param assignments the appraisers' assignments
 * @param users to sign the admin in for the assignment
 * @param appraiserId the demo appraiser's user id
 */
record AppraiserFixture(CycleManagement cycles, FrameworkManagement frameworks, AssignmentManagement assignments,
		UserDetailsService users, long appraiserId) {

	static final String DEMO_PERIOD = "Kỳ đánh giá Chỉ số CCHC năm 2025";

	/** The unit in the demo's open 2025 period. */
	UnitPeriod period(long unitId, Phase phase) {
		return this.cycles.unitPeriods(unitId, phase)
			.stream()
			.filter((period) -> period.status() == CycleStatus.OPEN && period.cycleName().equals(DEMO_PERIOD))
			.findFirst()
			.orElseThrow();
	}

	void assignedFor(UnitPeriod period, Runnable action) {
		boolean already = this.assignments.appraiserIds(period.cycleId(), period.unitId()).contains(this.appraiserId);
		String area = this.frameworks.definition(period.frameworkId()).children(null).get(0).code();
		if (!already) {
			asAdmin(() -> this.assignments.assign(period.cycleId(), period.peerGroupId(), area, this.appraiserId));
		}
		try {
			action.run();
		}
		finally {
			if (!already) {
				asAdmin(() -> unassign(period, area));
			}
		}
	}

	private void unassign(UnitPeriod period, String area) {
		AssignmentBoard board = this.assignments.board(period.cycleId());
		List<AssignmentRow> rows = board.groups()
			.stream()
			.filter((group) -> group.peerGroupId() == period.peerGroupId())
			.flatMap((group) -> group.areas().stream())
			.filter((candidate) -> candidate.code().equals(area))
			.flatMap((candidate) -> candidate.assigned().stream())
			.filter((row) -> row.userId() == this.appraiserId)
			.toList();
		rows.forEach((row) -> this.assignments.unassign(period.cycleId(), row.id()));
	}

	private void asAdmin(Runnable action) {
		UserDetails admin = this.users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
