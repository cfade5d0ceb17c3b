package vn.parindex.appraisal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.UserFilter;
import vn.parindex.identity.UserRow;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Assigning appraisers to fields per peer group (ADMIN), and for other modules who
 * appraises a unit.
 */
@Service
@Transactional
public class AssignmentManagement {

	private final Assignments assignments;

	private final AssignmentQueries queries;

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	private final IdentityManagement identity;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssignmentManagement(Assignments assignments, AssignmentQueries queries, CycleManagement cycles,
			FrameworkManagement frameworks, IdentityManagement identity, CurrentActor actor,
			ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.queries = queries;
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.identity = identity;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** The assignment board of a period; ADMIN only. */
	@Transactional(readOnly = true)
	public AssignmentBoard board(long cycleId) {
		this.actor.requireRole(Role.ADMIN);
		CycleView cycle = this.cycles.view(cycleId);
		Map<Long, UserRow> users = appraisers();
		Map<String, List<AssignmentRow>> byCell = this.queries.ofCycle(cycleId)
			.stream()
			.filter((raw) -> users.containsKey(raw.userId()))
			.map((raw) -> row(raw, users.get(raw.userId())))
			.collect(Collectors.groupingBy((row) -> row.peerGroupId() + "/" + row.areaCode()));
		List<AssignmentBoard.Group> groups = cycle.frameworks().stream().map((entry) -> group(entry, byCell)).toList();
		List<AssignmentBoard.Appraiser> choices = users.values()
			.stream()
			.map((user) -> new AssignmentBoard.Appraiser(user.id(), user.fullName() + " (" + user.username() + ")"))
			.toList();
		return new AssignmentBoard(cycleId, cycle.name(), groups, choices);
	}

	/** Assigns an active appraiser to a field of a peer group; ADMIN only. */
	public void assign(long cycleId, long peerGroupId, String areaCode, long userId) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		CycleView cycle = this.cycles.view(cycleId);
		CycleView.FrameworkEntry entry = cycle.frameworks()
			.stream()
			.filter((candidate) -> candidate.peerGroupId() == peerGroupId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("peer-group", peerGroupId));
		FrameworkDefinition framework = this.frameworks.definition(entry.frameworkId());
		if (framework.children(null).stream().noneMatch((area) -> area.code().equals(areaCode))) {
			throw new BusinessRuleException("appraisal.assign.no-such-area", areaCode);
		}
		if (!appraisers().containsKey(userId)) {
			throw new BusinessRuleException("appraisal.assign.not-appraiser");
		}
		if (this.assignments.find(cycleId, peerGroupId, areaCode, userId).isPresent()) {
			return;
		}
		Assignment made = this.assignments.saveAndFlush(
				new Assignment(cycleId, peerGroupId, areaCode, userId, admin.username(), this.clock.instant()));
		this.events.publishEvent(new AppraisalChanged("ASSIGN", "cycle", Long.toString(cycleId), null,
				Map.of("peerGroupId", peerGroupId, "area", areaCode, "userId", userId, "id", made.id())));
	}

	/** Removes an assignment; ADMIN only. Points already set stay. */
	public void unassign(long cycleId, long assignmentId) {
		this.actor.requireRole(Role.ADMIN);
		Assignment assignment = this.assignments.findById(assignmentId)
			.filter((found) -> found.cycleId() == cycleId)
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
		this.assignments.delete(assignment);
		this.events.publishEvent(new AppraisalChanged("UNASSIGN", "cycle", Long.toString(cycleId), Map.of("peerGroupId",
				assignment.peerGroupId(), "area", assignment.areaCode(), "userId", assignment.userId()), null));
	}

	/**
	 * For other modules: the appraisers of any field of the unit's peer group in the
	 * period. No access check.
	 */
	@Transactional(readOnly = true)
	public List<Long> appraiserIds(long cycleId, long unitId) {
		return this.cycles.unitPeriod(cycleId, unitId, Phase.APPRAISAL_1)
			.map((period) -> this.queries.appraisers(cycleId, period.peerGroupId()))
			.orElse(List.of());
	}

	private AssignmentBoard.Group group(CycleView.FrameworkEntry entry, Map<String, List<AssignmentRow>> byCell) {
		FrameworkDefinition framework = this.frameworks.definition(entry.frameworkId());
		List<AssignmentBoard.Area> areas = framework.children(null)
			.stream()
			.map((area) -> new AssignmentBoard.Area(area.code(), area.nameVi(), area.appraisingUnitCode(),
					byCell.getOrDefault(entry.peerGroupId() + "/" + area.code(), List.of())))
			.toList();
		return new AssignmentBoard.Group(entry.peerGroupId(), entry.peerGroupNameVi(), entry.frameworkName(), areas);
	}

	private Map<Long, UserRow> appraisers() {
		return this.identity.find(new UserFilter(Role.APPRAISER, null, true, null))
			.stream()
			.collect(Collectors.toMap(UserRow::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static AssignmentRow row(AssignmentQueries.Raw raw, UserRow user) {
		return new AssignmentRow(raw.id(), raw.peerGroupId(), raw.areaCode(), raw.userId(), user.username(),
				user.fullName());
	}

}
