package vn.parindex.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleChanged;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.OrgUnitChanged;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.Actor;
import vn.parindex.shared.NotFoundException;

/**
 * Puts an assessment's workspace together from its framework, its period, its unit and
 * the stored entries.
 */
@Component
class WorkspaceBuilder {

	private final FrameworkCache frameworks;

	private final CycleManagement cycles;

	private final OrganisationManagement organisation;

	private final AssessmentQueries queries;

	private final Clock clock;

	// Read on every save; small, and dropped whenever a period or a unit changes.
	private final Cache<List<Long>, UnitPeriod> periods = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final Cache<Long, UnitRow> units = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	WorkspaceBuilder(FrameworkCache frameworks, CycleManagement cycles, OrganisationManagement organisation,
			AssessmentQueries queries, Clock clock) {
		this.frameworks = frameworks;
		this.cycles = cycles;
		this.organisation = organisation;
		this.queries = queries;
		this.clock = clock;
	}

	FrameworkDefinition framework(Assessment assessment) {
		return this.frameworks.get(assessment.frameworkId());
	}

	UnitPeriod period(Assessment assessment) {
		return cyclePeriod(assessment.cycleId(), assessment.unitId());
	}

	/**
	 * The unit's window, kept until a period changes (a reschedule, an extension, opening
	 * or closing).
	 */
	UnitPeriod cyclePeriod(long cycleId, long unitId) {
		return this.periods.get(List.of(cycleId, unitId),
				(key) -> this.cycles.unitPeriod(cycleId, unitId, Phase.SELF_ASSESSMENT)
					.orElseThrow(() -> new NotFoundException("cycle", cycleId)));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CycleChanged changed) {
		this.periods.invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrgUnitChanged changed) {
		this.units.invalidateAll();
	}

	FrameworkDefinition frameworkOf(long frameworkId) {
		return this.frameworks.get(frameworkId);
	}

	UnitRow unit(long unitId) {
		return this.units.get(unitId, (key) -> this.organisation.findRow(unitId)
			.orElseThrow(() -> new NotFoundException("org-unit", unitId)));
	}

	Workspace build(Assessment assessment, Actor actor) {
		FrameworkDefinition framework = framework(assessment);
		UnitPeriod period = period(assessment);
		UnitRow unit = unit(assessment.unitId());
		Map<String, LeafState> states = this.queries.states(assessment.id());
		Map<String, EntryRow> entries = this.queries.entries(assessment.id())
			.stream()
			.collect(Collectors.toMap(EntryRow::code, Function.identity()));
		Map<String, List<EvidenceRow>> evidence = this.queries.evidence(assessment.id())
			.stream()
			.collect(Collectors.groupingBy(EvidenceRow::code));
		boolean open = period.isOpen(this.clock.instant());
		List<Workspace.Node> nodes = framework.nodes().stream().map((node) -> {
			boolean leaf = framework.isLeaf(node.code());
			boolean entered = leaf && entries.containsKey(node.code());
			return new Workspace.Node(node, leaf, entered, entered && SelfScores.required(node),
					entries.get(node.code()), evidence.getOrDefault(node.code(), List.of()),
					states.getOrDefault(node.code(), LeafState.EMPTY));
		}).toList();
		return new Workspace(header(assessment, framework, period, unit, open), nodes,
				SelfScores.tallies(framework, unit.type(), states), SelfScores.problems(framework, unit.type(), states),
				SelfScores.warnings(framework, unit.type(), states), this.queries.files(assessment.id()),
				this.queries.submissions(assessment.id()), permissions(assessment, actor, open));
	}

	private static Workspace.Header header(Assessment assessment, FrameworkDefinition framework, UnitPeriod period,
			UnitRow unit, boolean open) {
		return new Workspace.Header(assessment.id(), assessment.version(), period.cycleId(), period.cycleName(),
				period.year(), unit.id(), unit.code(), unit.name(), unit.type(), assessment.frameworkId(),
				framework.header().nameVi(), assessment.status(), assessment.submittedAt(), assessment.submittedBy(),
				period.deadline(), period.extended(), open);
	}

	private static Workspace.Permissions permissions(Assessment assessment, Actor actor, boolean open) {
		boolean draft = assessment.status() == AssessmentStatus.DRAFT;
		boolean edit = open && draft && AssessmentAccess.canEdit(actor, assessment.unitId());
		boolean lead = open && AssessmentAccess.canLead(actor, assessment.unitId());
		return new Workspace.Permissions(edit, lead && draft,
				lead && assessment.status() == AssessmentStatus.SUBMITTED);
	}

	/** Only for {@link NodeDefinition} lookups by code that must exist. */
	static NodeDefinition leaf(FrameworkDefinition framework, String code) {
		return framework.node(code)
			.filter((node) -> framework.isLeaf(code))
			.orElseThrow(() -> new NotFoundException("framework-node", code));
	}

}
