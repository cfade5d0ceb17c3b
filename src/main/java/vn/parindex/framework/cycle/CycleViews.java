package vn.parindex.framework.cycle;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.FrameworkSummary;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.PeerGroupView;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.Actor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Builds list rows and detail views of periods, with the names of peer groups, frameworks
 * and units read through their modules' facades. Access is checked by the caller.
 */
@Component
class CycleViews {

	private final OrganisationManagement organisation;

	private final FrameworkManagement frameworks;

	CycleViews(OrganisationManagement organisation, FrameworkManagement frameworks) {
		this.organisation = organisation;
		this.frameworks = frameworks;
	}

	CycleRow row(CycleState cycle, Instant now) {
		boolean running = cycle.status() == CycleStatus.OPEN;
		@Nullable Phase next = running ? cycle.nextEnding(now).orElse(null) : null;
		return new CycleRow(cycle.id(), cycle.year(), cycle.name(), cycle.status(), frameworks(cycle),
				running ? cycle.currentPhase(now).orElse(null) : null, next,
				(next != null) ? cycle.window(next).endsAt() : null);
	}

	CycleView view(CycleState cycle, Actor actor, Instant now) {
		boolean all = actor.hasRole(Role.ADMIN, Role.VIEWER);
		return view(cycle, actor, now, all ? unitsOf(cycle.year()) : Map.of());
	}

	/**
	 * The period with every unit, for a module that checked access itself: each unit is
	 * read by id, without the unit list that only ADMIN and VIEWER may read.
	 */
	CycleView fullView(CycleState cycle, Instant now) {
		return view(cycle, Actor.SYSTEM, now, Map.of());
	}

	private CycleView view(CycleState cycle, Actor actor, Instant now, Map<Long, UnitRow> names) {
		boolean all = actor.hasRole(Role.ADMIN, Role.VIEWER);
		@Nullable Phase current = (cycle.status() == CycleStatus.OPEN) ? cycle.currentPhase(now).orElse(null) : null;
		List<CycleView.ExtensionRow> extensions = cycle.extensions()
			.stream()
			.filter((extension) -> all || Objects.equals(actor.unitId(), extension.unitId()))
			.sorted(Comparator.comparing(Extension::grantedAt).reversed())
			.map((extension) -> extensionRow(cycle, extension, names))
			.toList();
		return new CycleView(cycle.id(), cycle.year(), cycle.name(), cycle.status(), cycle.version(), cycle.createdAt(),
				cycle.openedAt(), cycle.closedAt(), frameworks(cycle), phases(cycle, current), current,
				cycle.units().size(), all ? snapshotGroups(cycle, names) : null, extensions,
				all ? null : (actor.unitId() != null && cycle.units().containsKey(actor.unitId())));
	}

	private static List<CycleView.PhaseEntry> phases(CycleState cycle, @Nullable Phase current) {
		return Arrays.stream(Phase.values()).map((phase) -> {
			PhaseWindow window = cycle.phases().get(phase);
			return new CycleView.PhaseEntry(phase, (window != null) ? window.startsAt() : null,
					(window != null) ? window.endsAt() : null, phase == current);
		}).toList();
	}

	/** Units grouped by peer group, in the peer groups' order, each group by code. */
	List<CycleView.UnitGroup> groups(List<UnitRow> units, Function<UnitRow, Long> groupOf,
			Function<UnitRow, Boolean> ranked) {
		Map<Long, List<UnitRow>> byGroup = units.stream().collect(Collectors.groupingBy(groupOf));
		return this.organisation.peerGroups()
			.stream()
			.filter((group) -> byGroup.containsKey(group.id()))
			.map((group) -> new CycleView.UnitGroup(group.id(), group.code(), group.nameVi(), group.nameEn(),
					byGroup.get(group.id())
						.stream()
						.sorted(Comparator.comparing(UnitRow::code))
						.map((unit) -> new CycleView.UnitEntry(unit.id(), unit.code(), unit.name(), ranked.apply(unit)))
						.toList()))
			.toList();
	}

	private List<CycleView.UnitGroup> snapshotGroups(CycleState cycle, Map<Long, UnitRow> names) {
		List<UnitRow> units = cycle.units().keySet().stream().map((id) -> unit(id, names)).toList();
		return groups(units, (unit) -> cycle.units().get(unit.id()).peerGroupId(),
				(unit) -> cycle.units().get(unit.id()).ranked());
	}

	private List<CycleView.FrameworkEntry> frameworks(CycleState cycle) {
		return this.organisation.peerGroups()
			.stream()
			.filter((group) -> cycle.frameworks().containsKey(group.id()))
			.map((group) -> frameworkEntry(group, this.frameworks.summary(cycle.frameworks().get(group.id()))))
			.toList();
	}

	private static CycleView.FrameworkEntry frameworkEntry(PeerGroupView group, FrameworkSummary framework) {
		return new CycleView.FrameworkEntry(group.id(), group.code(), group.nameVi(), group.nameEn(), framework.id(),
				framework.nameVi(), framework.versionNo(), framework.status(), framework.valid());
	}

	private CycleView.ExtensionRow extensionRow(CycleState cycle, Extension extension, Map<Long, UnitRow> names) {
		UnitRow unit = unit(extension.unitId(), names);
		return new CycleView.ExtensionRow(unit.id(), unit.code(), unit.name(), extension.phase(),
				cycle.window(extension.phase()).endsAt(), extension.endsAt(), extension.reason(), extension.grantedBy(),
				extension.grantedAt());
	}

	private Map<Long, UnitRow> unitsOf(int year) {
		Map<Long, UnitRow> units = new LinkedHashMap<>();
		this.organisation.find(new UnitFilter(null, null, year, null)).forEach((unit) -> units.put(unit.id(), unit));
		return units;
	}

	private UnitRow unit(long id, Map<Long, UnitRow> names) {
		UnitRow known = names.get(id);
		return (known != null) ? known
				: this.organisation.findRow(id).orElseThrow(() -> new NotFoundException("org-unit", id));
	}

}
