package vn.parindex.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The self-assessment workspace: opening a unit's assessment, reading it and saving one
 * leaf at a time. Every method checks the user's role and unit.
 */
@Service
@Transactional
public class AssessmentManagement {

	private final Assessments assessments;

	private final Entries entries;

	private final AssessmentQueries queries;

	private final AssessmentAccess access;

	private final WorkspaceBuilder workspaces;

	private final AssessmentStarter starter;

	private final ApplicationEventPublisher events;

	private final AssessmentListQueries lists;

	private final Clock clock;

	AssessmentManagement(Assessments assessments, Entries entries, AssessmentQueries queries, AssessmentAccess access,
			WorkspaceBuilder workspaces, AssessmentStarter starter, ApplicationEventPublisher events,
			AssessmentListQueries lists, Clock clock) {
		this.lists = lists;
		this.assessments = assessments;
		this.entries = entries;
		this.queries = queries;
		this.access = access;
		this.workspaces = workspaces;
		this.starter = starter;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The periods that evaluate the current user's unit, newest first; unit roles only.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentRow> mine() {
		Actor actor = this.access.actor();
		actor.requireRole(Role.UNIT_OFFICER, Role.UNIT_LEADER);
		List<AssessmentListQueries.Base> rows = this.lists.ofUnit((actor.unitId() != null) ? actor.unitId() : -1);
		return rows.stream().map((row) -> row.with(progress(row, this.queries.states(idOf(row))))).toList();
	}

	/**
	 * Every unit of the period with its progress: ADMIN sees all; appraisers, the council
	 * chair and VIEWER see the submitted ones.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentRow> ofCycle(long cycleId) {
		Actor actor = this.access.actor();
		actor.requireRole(Role.ADMIN, Role.APPRAISER, Role.COUNCIL_CHAIR, Role.VIEWER);
		Map<Long, Map<String, LeafState>> states = this.lists.states(cycleId);
		return this.lists.ofCycle(cycleId)
			.stream()
			.filter((row) -> actor.hasRole(Role.ADMIN)
					|| row.status() != null && AssessmentAccess.canRead(actor, row.unit().id(), row.status()))
			.map((row) -> row.with(progress(row, states.getOrDefault(idOf(row), Map.of()))))
			.toList();
	}

	private Tally progress(AssessmentListQueries.Base row, Map<String, LeafState> states) {
		return SelfScores.tallies(this.workspaces.frameworkOf(row.period().frameworkId()), row.unit().type(), states)
			.get("");
	}

	private static long idOf(AssessmentListQueries.Base row) {
		return (row.assessmentId() != null) ? row.assessmentId() : -1;
	}

	/**
	 * Opens the current user's unit's assessment in the period, creating it on first use;
	 * the unit's officer or leader only, while the period is open.
	 */
	public long start(long cycleId) {
		Actor actor = this.access.actor();
		actor.requireRole(Role.UNIT_OFFICER, Role.UNIT_LEADER);
		long unitId = (actor.unitId() != null) ? actor.unitId() : -1;
		Assessment existing = this.assessments.findByCycleIdAndUnitId(cycleId, unitId).orElse(null);
		if (existing != null) {
			return existing.id();
		}
		UnitPeriod period = this.workspaces.cyclePeriod(cycleId, unitId);
		if (period.status() != CycleStatus.OPEN) {
			throw new BusinessRuleException("framework.cycle.not-open", period.cycleName());
		}
		FrameworkDefinition framework = this.workspaces.frameworkOf(period.frameworkId());
		UnitType type = this.workspaces.unit(unitId).type();
		List<NodeDefinition> leaves = SelfScores.enteredLeaves(framework, type);
		return this.starter.start(cycleId, unitId, period.frameworkId(), leaves, actor.username(), this.clock.instant())
			.map((id) -> {
				this.events.publishEvent(new AssessmentChanged("START", id, null,
						Map.of("cycleId", cycleId, "unitId", unitId, "leaves", leaves.size())));
				return id;
			})
			.orElseGet(() -> this.assessments.findByCycleIdAndUnitId(cycleId, unitId).orElseThrow().id());
	}

	/** The workspace, for whoever may read the assessment. */
	@Transactional(readOnly = true)
	public Workspace workspace(long id) {
		Assessment assessment = load(id);
		return this.workspaces.build(assessment, this.access.read(assessment));
	}

	/** One leaf's entry as stored, for whoever may read the assessment. */
	@Transactional(readOnly = true)
	public EntryRow entry(long id, String code) {
		this.access.read(load(id));
		return this.queries.entries(id)
			.stream()
			.filter((entry) -> entry.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment-entry", code));
	}

	/**
	 * Saves one leaf: the unit's officer, a draft, inside the unit's window, and the
	 * form's version still current. The self-score is computed here from the inputs.
	 * @throws EntryConflictException when someone saved the leaf since the form was
	 * loaded
	 */
	public EntrySaved save(long id, String code, EntryInput input, long version) {
		// No lock on the assessment: a submission bumps every entry's version first, so a
		// save
		// racing it fails on its version instead of changing a submitted assessment.
		Assessment assessment = load(id);
		Actor actor = this.access.edit(assessment);
		assessment.requireDraft();
		this.workspaces.period(assessment).requireOpen(this.clock.instant());
		FrameworkDefinition framework = this.workspaces.framework(assessment);
		NodeDefinition leaf = WorkspaceBuilder.leaf(framework, code);
		AssessmentEntry entry = this.entries.findByAssessmentIdAndNodeCode(id, code)
			.orElseThrow(() -> new NotFoundException("assessment-entry", code));
		EntryInput before = entry.input();
		entry.record(input, leaf, version, actor.username(), this.clock.instant());
		this.entries.flush();
		this.events.publishEvent(new AssessmentChanged("SAVE_ENTRY", id, Map.of("code", code, "entry", before),
				Map.of("code", code, "entry", input, "selfPoints", String.valueOf(entry.selfPoints()))));
		return saved(assessment, framework, entry.row());
	}

	private EntrySaved saved(Assessment assessment, FrameworkDefinition framework, EntryRow row) {
		UnitType type = this.workspaces.unit(assessment.unitId()).type();
		Map<String, LeafState> states = this.queries.states(assessment.id());
		int blocking = (int) SelfScores.problems(framework, type, states)
			.stream()
			.filter((problem) -> problem.kind().blocking())
			.count();
		return new EntrySaved(row, SelfScores.tallies(framework, type, states), blocking);
	}

	private Assessment load(long id) {
		return this.assessments.findById(id).orElseThrow(() -> new NotFoundException("assessment", id));
	}

	/** The submissions, newest first, for whoever may read the assessment. */
	@Transactional(readOnly = true)
	public List<SubmissionRow> submissions(long id) {
		this.access.read(load(id));
		return this.queries.submissions(id);
	}

	/** One submission's snapshot JSON as stored, for whoever may read the assessment. */
	@Transactional(readOnly = true)
	public String snapshot(long id, int seq) {
		this.access.read(load(id));
		return this.queries.snapshot(id, seq).orElseThrow(() -> new NotFoundException("assessment-submission", seq));
	}

}
