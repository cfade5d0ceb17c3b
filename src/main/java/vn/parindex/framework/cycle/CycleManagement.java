package vn.parindex.framework.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.FrameworkSummary;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.StaleVersionException;

/**
 * Evaluation periods: every signed-in user reads them; ADMIN creates, schedules, opens,
 * closes and extends deadlines. Every change is audited. Other modules ask it for
 * deadlines and whether a unit's window is open.
 */
@Service
@Transactional
public class CycleManagement {

	private final Cycles cycles;

	private final CycleQueries queries;

	private final CycleViews views;

	private final EvaluatedUnits evaluatedUnits;

	private final FrameworkManagement frameworks;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CycleManagement(Cycles cycles, CycleQueries queries, CycleViews views, EvaluatedUnits evaluatedUnits,
			FrameworkManagement frameworks, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.queries = queries;
		this.views = views;
		this.evaluatedUnits = evaluatedUnits;
		this.frameworks = frameworks;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** Every period, newest year first. */
	@Transactional(readOnly = true)
	public List<CycleRow> list() {
		this.actor.get();
		Instant now = this.clock.instant();
		return this.cycles.findAll(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id")))
			.stream()
			.map((cycle) -> this.views.row(cycle.state(), now))
			.toList();
	}

	@Transactional(readOnly = true)
	public CycleView view(long id) {
		Actor current = this.actor.get();
		return this.views.view(load(id).state(), current, this.clock.instant());
	}

	/**
	 * For other modules that checked access themselves: the period with every unit, as
	 * ADMIN sees it.
	 */
	@Transactional(readOnly = true)
	public CycleView fullView(long id) {
		return this.views.fullView(load(id).state(), this.clock.instant());
	}

	/** Creates a draft period; ADMIN only. */
	public long create(CycleDraft draft) {
		this.actor.requireRole(Role.ADMIN);
		Cycle cycle = new Cycle(draft.year(), draft.name(), this.clock.instant());
		cycle.useFrameworks(summaries(draft.frameworks()));
		cycle.schedule(draft.phases());
		this.cycles.saveAndFlush(cycle);
		publish("CREATE", cycle, null, described(cycle.state()));
		return cycle.id();
	}

	/** Replaces the framework of each peer group; ADMIN only, drafts only. */
	public void setFrameworks(long id, long version, Map<Long, Long> frameworkIds) {
		Cycle cycle = loadForEdit(id, version);
		Map<Long, Long> before = cycle.state().frameworks();
		cycle.useFrameworks(summaries(frameworkIds));
		this.cycles.flush();
		publish("SET_FRAMEWORKS", cycle, Map.of("frameworks", before), Map.of("frameworks", frameworkIds));
	}

	/** Replaces the phase calendar; ADMIN only, drafts and open periods. */
	public void updatePhases(long id, long version, Map<Phase, PhaseWindow> phases) {
		Cycle cycle = loadForEdit(id, version);
		Map<Phase, PhaseWindow> before = cycle.state().phases();
		cycle.schedule(phases);
		this.cycles.flush();
		publish("UPDATE_PHASES", cycle, Map.of("phases", before), Map.of("phases", cycle.state().phases()));
	}

	/** Every reason the period cannot open now; ADMIN only. */
	@Transactional(readOnly = true)
	public List<CycleProblem> openingProblems(long id) {
		this.actor.requireRole(Role.ADMIN);
		CycleState cycle = load(id).state();
		return CycleOpening.problems(cycle, summaries(cycle.frameworks()).values(), evaluated(cycle));
	}

	/**
	 * The units the period would evaluate if it opened now, by peer group; ADMIN only.
	 */
	@Transactional(readOnly = true)
	public List<CycleView.UnitGroup> preview(long id) {
		this.actor.requireRole(Role.ADMIN);
		CycleState cycle = load(id).state();
		return this.views.groups(this.evaluatedUnits.of(cycle.year(), cycle.frameworks().keySet()),
				UnitRow::peerGroupId, (unit) -> true);
	}

	/**
	 * Opens a draft: fixes its units and locks its frameworks with the period's name as
	 * the reason; ADMIN only. Refused with every reason when it is not ready.
	 */
	public void open(long id) {
		this.actor.requireRole(Role.ADMIN);
		Cycle cycle = load(id);
		CycleState before = cycle.state();
		cycle.open(summaries(before.frameworks()).values(), evaluated(before), this.clock.instant());
		before.frameworks().values().forEach((framework) -> this.frameworks.lockForPeriod(framework, cycle.name()));
		this.cycles.flush();
		publish("OPEN", cycle, Map.of("status", before.status()), Map.of("status", cycle.status(), "units",
				cycle.state().units().size(), "frameworks", before.frameworks()));
	}

	/** Closes an open period; ADMIN only. */
	public void close(long id) {
		this.actor.requireRole(Role.ADMIN);
		Cycle cycle = load(id);
		cycle.close(this.clock.instant());
		this.cycles.flush();
		publish("CLOSE", cycle, Map.of("status", CycleStatus.OPEN), Map.of("status", cycle.status()));
	}

	/** Gives one unit of an open period a later deadline in one phase; ADMIN only. */
	public void extend(long id, long unitId, Phase phase, Instant endsAt, String reason) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		Cycle cycle = load(id);
		Instant old = cycle.extend(unitId, phase, endsAt, reason, admin.username(), this.clock.instant());
		this.cycles.flush();
		publish("EXTEND_DEADLINE", cycle, Map.of("unitId", unitId, "phase", phase, "endsAt", old),
				Map.of("unitId", unitId, "phase", phase, "endsAt", endsAt, "reason", reason.strip()));
	}

	/**
	 * For other modules: the unit's deadline in the phase, its extension if any, else the
	 * phase's end; no access check.
	 */
	@Transactional(readOnly = true)
	public Instant deadline(long cycleId, long unitId, Phase phase) {
		return load(cycleId).deadline(unitId, phase);
	}

	/**
	 * For other modules: refuses work of the unit outside its window in the phase, with
	 * the start or the deadline in the message; no access check.
	 */
	@Transactional(readOnly = true)
	public void requireWindowOpen(long cycleId, long unitId, Phase phase) {
		load(cycleId).requireWindowOpen(unitId, phase, this.clock.instant());
	}

	/**
	 * For other modules: the unit in the period, with its framework and its window in the
	 * phase; empty when the period does not evaluate the unit or is still a draft. No
	 * access check.
	 */
	@Transactional(readOnly = true)
	public Optional<UnitPeriod> unitPeriod(long cycleId, long unitId, Phase phase) {
		return this.queries.unitPeriods(unitId, cycleId, phase).stream().findFirst();
	}

	/**
	 * For other modules: every open or closed period that evaluates the unit, newest
	 * first, with the window in the phase. No access check.
	 */
	@Transactional(readOnly = true)
	public List<UnitPeriod> unitPeriods(long unitId, Phase phase) {
		return this.queries.unitPeriods(unitId, null, phase);
	}

	/**
	 * The next deadline for the countdown: for ADMIN and VIEWER the earliest phase end of
	 * any open period, for unit roles their unit's earliest deadline.
	 */
	@Transactional(readOnly = true)
	public Optional<Deadline> nextDeadline(Actor actor) {
		Instant now = this.clock.instant();
		if (actor.hasRole(Role.ADMIN, Role.VIEWER)) {
			return this.queries.nextDeadline(now);
		}
		return (actor.unitId() != null) ? this.queries.nextDeadline(actor.unitId(), now) : Optional.empty();
	}

	/**
	 * For other modules: every unit the period evaluates, with its framework and window
	 * in the phase; empty for a draft. No access check.
	 */
	@Transactional(readOnly = true)
	public List<UnitPeriod> unitsOf(long cycleId, Phase phase) {
		return this.queries.unitPeriods(null, cycleId, phase);
	}

	/**
	 * For other modules: the ids of the open periods, for work that runs without a
	 * signed-in user such as reminders. No access check.
	 */
	@Transactional(readOnly = true)
	public List<Long> openCycleIds() {
		return this.queries.openCycleIds();
	}

	private Map<Long, FrameworkSummary> summaries(Map<Long, Long> frameworkIds) {
		Map<Long, FrameworkSummary> summaries = new LinkedHashMap<>();
		frameworkIds.forEach((group, framework) -> summaries.put(group, this.frameworks.summary(framework)));
		return summaries;
	}

	private Map<Long, Long> evaluated(CycleState cycle) {
		return this.evaluatedUnits.byUnit(cycle.year(), cycle.frameworks().keySet());
	}

	private static Map<String, Object> described(CycleState cycle) {
		return Map.of("year", cycle.year(), "name", cycle.name(), "status", cycle.status(), "frameworks",
				cycle.frameworks(), "phases", cycle.phases());
	}

	private void publish(String action, Cycle cycle, @Nullable Object before, Object after) {
		this.events.publishEvent(new CycleChanged(action, cycle.id(), before, after));
	}

	private Cycle loadForEdit(long id, long version) {
		this.actor.requireRole(Role.ADMIN);
		Cycle cycle = load(id);
		if (cycle.state().version() != version) {
			throw new StaleVersionException("cycle", id);
		}
		return cycle;
	}

	private Cycle load(long id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle", id));
	}

}
