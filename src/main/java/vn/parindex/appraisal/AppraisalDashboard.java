package vn.parindex.appraisal;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.appraisal.DashboardView.FieldCut;
import vn.parindex.appraisal.DashboardView.GroupRows;
import vn.parindex.appraisal.DashboardView.UnitLine;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The admin's appraisal dashboard: every unit of a period against the phases, with the
 * late ones marked, the count of units per state, and the average cut per field. ADMIN
 * only.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalDashboard {

	private static final Comparator<String> FIELD_ORDER = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	private final CycleManagement cycles;

	private final AssessmentWorkflow workflow;

	private final Appraisals appraisals;

	private final AppraisalQueries queries;

	private final OrganisationManagement organisation;

	private final FrameworkManagement frameworks;

	private final CurrentActor actor;

	private final Clock clock;

	AppraisalDashboard(CycleManagement cycles, AssessmentWorkflow workflow, Appraisals appraisals,
			AppraisalQueries queries, OrganisationManagement organisation, FrameworkManagement frameworks,
			CurrentActor actor, Clock clock) {
		this.cycles = cycles;
		this.workflow = workflow;
		this.appraisals = appraisals;
		this.queries = queries;
		this.organisation = organisation;
		this.frameworks = frameworks;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * The dashboard of a period (by default the newest open one, else the newest),
	 * narrowed to one peer group if given.
	 */
	public DashboardView view(@Nullable Long cycleId, @Nullable Long peerGroupId) {
		this.actor.requireRole(Role.ADMIN);
		List<CycleRow> periods = this.cycles.list();
		CycleRow period = chosen(periods, cycleId);
		if (period == null) {
			return new DashboardView(periods, null, List.of(), peerGroupId, DashboardView.PHASES, List.of(), List.of());
		}
		List<UnitPeriod> members = this.cycles.unitsOf(period.id(), Phase.SELF_ASSESSMENT)
			.stream()
			.filter((member) -> peerGroupId == null || member.peerGroupId() == peerGroupId)
			.toList();
		return new DashboardView(periods, period, period.frameworks(), peerGroupId, DashboardView.PHASES,
				rows(period, members), cuts(period.id(), members));
	}

	private static @Nullable CycleRow chosen(List<CycleRow> periods, @Nullable Long cycleId) {
		if (cycleId != null) {
			return periods.stream()
				.filter((row) -> row.id() == cycleId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("cycle", cycleId));
		}
		return periods.stream()
			.filter((row) -> row.status() == CycleStatus.OPEN)
			.findFirst()
			.orElse(periods.isEmpty() ? null : periods.get(0));
	}

	private List<GroupRows> rows(CycleRow period, List<UnitPeriod> members) {
		PhaseStates.Period lines = new PhaseStates.Period(this.workflow.statuses(period.id()),
				appraisalsByUnit(period.id()), windows(period.id()), unitsById(), this.clock.instant());
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		List<GroupRows> rows = new ArrayList<>();
		for (CycleView.FrameworkEntry group : period.frameworks()) {
			List<UnitLine> units = members.stream()
				.filter((member) -> member.peerGroupId() == group.peerGroupId())
				.map((member) -> lines.line(member.unitId()))
				.sorted(Comparator.comparing(UnitLine::name, collator))
				.toList();
			if (!units.isEmpty()) {
				rows.add(new GroupRows(group, units));
			}
		}
		return rows;
	}

	private Map<Long, Appraisal> appraisalsByUnit(long cycleId) {
		return this.appraisals.findByCycleId(cycleId)
			.stream()
			.collect(Collectors.toMap(Appraisal::unitId, Function.identity(), (a, b) -> b));
	}

	private Map<Long, Map<Phase, PhaseStates.Window>> windows(long cycleId) {
		Map<Long, Map<Phase, PhaseStates.Window>> windows = new HashMap<>();
		for (Phase phase : DashboardView.PHASES) {
			for (UnitPeriod unit : this.cycles.unitsOf(cycleId, phase)) {
				windows.computeIfAbsent(unit.unitId(), (id) -> new EnumMap<>(Phase.class))
					.put(phase, new PhaseStates.Window(unit.startsAt(), unit.deadline()));
			}
		}
		return windows;
	}

	private Map<Long, UnitRow> unitsById() {
		return this.organisation.find(UnitFilter.all())
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity(), (a, b) -> a));
	}

	/**
	 * The average cut per field over the units given, fields named by their framework.
	 */
	private List<FieldCut> cuts(long cycleId, List<UnitPeriod> members) {
		Map<Long, Long> frameworkOf = members.stream()
			.collect(Collectors.toMap(UnitPeriod::unitId, UnitPeriod::frameworkId, (a, b) -> a));
		Map<Long, Map<String, NodeDefinition>> fields = new HashMap<>();
		Map<NodeDefinition, List<FieldTotals>> byField = new TreeMap<>(
				Comparator.comparing(NodeDefinition::code, FIELD_ORDER).thenComparing(NodeDefinition::nameVi));
		for (FieldTotals totals : this.queries.totals(cycleId)) {
			Long frameworkId = frameworkOf.get(totals.unitId());
			NodeDefinition field = (frameworkId != null)
					? fields.computeIfAbsent(frameworkId, this::fields).get(totals.areaCode()) : null;
			if (field != null) {
				byField.computeIfAbsent(field, (f) -> new ArrayList<>()).add(totals);
			}
		}
		return byField.entrySet()
			.stream()
			.map((e) -> FieldCut.of(e.getKey(), e.getValue()))
			.flatMap(Optional::stream)
			.toList();
	}

	private Map<String, NodeDefinition> fields(long frameworkId) {
		return this.frameworks.definition(frameworkId)
			.children(null)
			.stream()
			.collect(Collectors.toMap(NodeDefinition::code, Function.identity(), (a, b) -> a));
	}

}
