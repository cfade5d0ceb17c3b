package vn.parindex.framework.cycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.FrameworkSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

/**
 * An evaluation period (kỳ đánh giá) of one year: the framework of each peer group, the
 * phase calendar, the units evaluated (fixed when it opens) and deadline extensions. It
 * guards its own rules; the facade only loads, saves and audits.
 */
@Entity
@Table(name = "framework_cycle")
class Cycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int year;

	private String name;

	@Enumerated(EnumType.STRING)
	private CycleStatus status = CycleStatus.DRAFT;

	private Instant createdAt;

	private @Nullable Instant openedAt;

	private @Nullable Instant closedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "framework_cycle_framework", joinColumns = @JoinColumn(name = "cycle_id"))
	@MapKeyColumn(name = "peer_group_id")
	@Column(name = "framework_id")
	private Map<Long, Long> frameworks = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "framework_cycle_phase", joinColumns = @JoinColumn(name = "cycle_id"))
	@MapKeyColumn(name = "phase")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Phase, PhaseWindow> phases = new EnumMap<>(Phase.class);

	@ElementCollection
	@CollectionTable(name = "framework_cycle_unit", joinColumns = @JoinColumn(name = "cycle_id"))
	@MapKeyColumn(name = "unit_id")
	private Map<Long, CycleUnit> units = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "framework_cycle_extension", joinColumns = @JoinColumn(name = "cycle_id"))
	private Set<Extension> extensions = new HashSet<>();

	protected Cycle() {
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	Cycle(int year, String name, Instant now) {
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("framework.cycle.year-invalid");
		}
		if (name.isBlank()) {
			throw new BusinessRuleException("framework.cycle.name-required");
		}
		this.year = year;
		this.name = name.strip();
		this.createdAt = now;
	}

	/**
	 * Sets the framework of each peer group; drafts only, frameworks of this year only.
	 */
	void useFrameworks(Map<Long, FrameworkSummary> byPeerGroup) {
		requireStatus(CycleStatus.DRAFT, "framework.cycle.not-draft");
		for (FrameworkSummary summary : byPeerGroup.values()) {
			if (summary.year() != this.year) {
				throw new BusinessRuleException("framework.cycle.framework-year", summary.nameVi(),
						Integer.toString(summary.year()), Integer.toString(this.year));
			}
		}
		this.frameworks.clear();
		byPeerGroup.forEach((group, summary) -> this.frameworks.put(group, summary.id()));
	}

	/**
	 * Replaces the calendar; drafts may leave phases out, an open period keeps all six.
	 */
	void schedule(Map<Phase, PhaseWindow> calendar) {
		if (this.status == CycleStatus.CLOSED) {
			throw new BusinessRuleException("framework.cycle.closed", this.name);
		}
		PhaseCalendar.check(calendar, this.status == CycleStatus.OPEN);
		this.phases.clear();
		this.phases.putAll(calendar);
	}

	/**
	 * Every reason the period cannot open, given its frameworks' summaries and the units
	 * it would evaluate (unit id to peer group id).
	 */
	List<CycleProblem> openingProblems(Collection<FrameworkSummary> summaries, Map<Long, Long> evaluated) {
		return CycleOpening.problems(state(), summaries, evaluated);
	}

	/** Opens the period and fixes its units, or says every reason why not. */
	void open(Collection<FrameworkSummary> summaries, Map<Long, Long> evaluated, Instant now) {
		List<CycleProblem> problems = openingProblems(summaries, evaluated);
		if (!problems.isEmpty()) {
			throw new CycleNotReadyException(problems);
		}
		evaluated.forEach((unit, group) -> this.units.put(unit, new CycleUnit(group, true)));
		this.status = CycleStatus.OPEN;
		this.openedAt = now;
	}

	void close(Instant now) {
		requireStatus(CycleStatus.OPEN, "framework.cycle.not-open");
		this.status = CycleStatus.CLOSED;
		this.closedAt = now;
	}

	/**
	 * Gives one unit a later deadline in one phase, replacing an earlier extension; open
	 * periods only, units of the snapshot only, with a reason.
	 * @return the unit's deadline before
	 */
	Instant extend(long unitId, Phase phase, Instant endsAt, String reason, String grantedBy, Instant now) {
		requireStatus(CycleStatus.OPEN, "framework.cycle.not-open");
		if (reason.isBlank()) {
			throw new BusinessRuleException("framework.cycle.extension.reason-required");
		}
		CycleState state = state();
		state.requireIncluded(unitId);
		Instant normalEnd = state.window(phase).endsAt();
		if (!endsAt.isAfter(normalEnd)) {
			throw new BusinessRuleException("framework.cycle.extension.not-after-end", Formats.dateTime(normalEnd));
		}
		Instant before = state.deadline(unitId, phase);
		state.extension(unitId, phase).ifPresent(this.extensions::remove);
		this.extensions.add(new Extension(unitId, phase, endsAt.truncatedTo(ChronoUnit.SECONDS), reason.strip(),
				grantedBy, now.truncatedTo(ChronoUnit.SECONDS)));
		return before;
	}

	/** The unit's deadline in the phase: its extension if later, else the phase's end. */
	Instant deadline(long unitId, Phase phase) {
		return state().deadline(unitId, phase);
	}

	/** Refuses work outside the unit's window in the phase. */
	void requireWindowOpen(long unitId, Phase phase, Instant now) {
		requireStatus(CycleStatus.OPEN, "framework.cycle.not-open");
		state().requireWindowOpen(unitId, phase, now);
	}

	private void requireStatus(CycleStatus required, String key) {
		if (this.status != required) {
			throw new BusinessRuleException(key, this.name);
		}
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	String name() {
		return this.name;
	}

	CycleStatus status() {
		return this.status;
	}

	/** Everything the period holds, for views, audit and rules. */
	CycleState state() {
		EnumMap<Phase, PhaseWindow> calendar = new EnumMap<>(Phase.class);
		calendar.putAll(this.phases);
		return new CycleState(id(), this.year, this.name, this.status, this.version, this.createdAt, this.openedAt,
				this.closedAt, Map.copyOf(this.frameworks), calendar, Map.copyOf(this.units),
				Set.copyOf(this.extensions));
	}

}
