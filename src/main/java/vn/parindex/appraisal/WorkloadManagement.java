package vn.parindex.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.shared.Actor;
import vn.parindex.shared.Role;

/**
 * The appraisal work list: units × fields with state and progress, for appraisers (their
 * peer groups), the council chair, ADMIN and VIEWER.
 */
@Service
@Transactional(readOnly = true)
public class WorkloadManagement {

	private final Appraisals appraisals;

	private final AppraisalQueries queries;

	private final AppraisalAccess access;

	private final AssessmentWorkflow workflow;

	private final CycleManagement cycles;

	private final CouncilNames names;

	private final Clock clock;

	WorkloadManagement(Appraisals appraisals, AppraisalQueries queries, AppraisalAccess access,
			AssessmentWorkflow workflow, CycleManagement cycles, CouncilNames names, Clock clock) {
		this.appraisals = appraisals;
		this.queries = queries;
		this.access = access;
		this.workflow = workflow;
		this.cycles = cycles;
		this.names = names;
		this.clock = clock;
	}

	public Workload workload(@Nullable Long cycleId) {
		Actor actor = this.access.actor();
		actor.requireRole(Role.APPRAISER, Role.COUNCIL_CHAIR, Role.ADMIN, Role.VIEWER);
		List<CycleRow> periods = this.cycles.list().stream().filter((c) -> c.status() != CycleStatus.DRAFT).toList();
		CycleRow cycle = periods.stream().filter((c) -> cycleId == null || c.id() == cycleId).findFirst().orElse(null);
		List<Workload.Choice> choices = periods.stream().map((c) -> new Workload.Choice(c.id(), c.name())).toList();
		if (cycle == null) {
			return new Workload(0, "", choices, List.of(), List.of());
		}
		Map<Long, List<AppraisalQueries.Progress>> progress = this.queries.progress(cycle.id())
			.stream()
			.collect(Collectors.groupingBy(AppraisalQueries.Progress::assessmentId));
		Map<Long, AssessmentStatus> statuses = this.workflow.statuses(cycle.id());
		Instant now = this.clock.instant();
		List<Workload.UnitLine> lines = this.appraisals.findByCycleId(cycle.id())
			.stream()
			.filter((a) -> statuses.get(a.unitId()) != null && statuses.get(a.unitId()) != AssessmentStatus.DRAFT)
			.map((a) -> line(a, statuses.get(a.unitId()), progress.getOrDefault(a.assessmentId(), List.of()), now))
			.filter((line) -> !actor.hasRole(Role.APPRAISER) || line.cells().stream().anyMatch(Workload.Cell::mine))
			.sorted(Comparator.comparing(Workload.UnitLine::unitName))
			.toList();
		List<String> areas = lines.stream()
			.flatMap((line) -> line.cells().stream().map(Workload.Cell::area))
			.distinct()
			.sorted(Comparator.comparingInt(WorkloadManagement::number))
			.toList();
		return new Workload(cycle.id(), cycle.name(), choices, areas, lines);
	}

	private Workload.UnitLine line(Appraisal appraisal, AssessmentStatus status, List<AppraisalQueries.Progress> rows,
			Instant now) {
		Round round = appraisal.round(status, now);
		List<String> mine = this.access.areas(appraisal);
		boolean second = round == Round.ROUND_2;
		boolean all = status == AssessmentStatus.RETURNED;
		List<Workload.Cell> cells = rows.stream()
			.map((p) -> new Workload.Cell(p.areaCode(), mine.contains(p.areaCode()), second ? p.done2() : p.done1(),
					second ? p.round2() : p.round1(), (second && !all) ? p.flagged() : p.leaves()))
			.toList();
		return new Workload.UnitLine(appraisal.assessmentId(), this.names.unit(appraisal.unitId()), status, round,
				cells);
	}

	private static int number(String code) {
		return code.matches("\\d+") ? Integer.parseInt(code) : Integer.MAX_VALUE;
	}

}
