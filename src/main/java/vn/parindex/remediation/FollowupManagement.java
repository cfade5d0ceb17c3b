package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.organisation.UnitView;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.Publication;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The Sở Nội vụ's follow-up of the remediation plans: which units sent theirs, how far
 * each got and which items are overdue, per published period. ADMIN and VIEWER read it.
 */
@Service
@Transactional(readOnly = true)
public class FollowupManagement {

	/** By name in Vietnamese order (Đ after D), then code. */
	static final Comparator<FollowupUnit> BY_NAME = Comparator
		.comparing(FollowupUnit::unitName, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")))
		.thenComparing(FollowupUnit::unitCode);

	private final FollowupQueries queries;

	private final PublicResults results;

	private final OrganisationManagement organisation;

	private final CurrentActor actor;

	private final Clock clock;

	FollowupManagement(FollowupQueries queries, PublicResults results, OrganisationManagement organisation,
			CurrentActor actor, Clock clock) {
		this.queries = queries;
		this.results = results;
		this.organisation = organisation;
		this.actor = actor;
		this.clock = clock;
	}

	/** The period asked for, else the newest published one with plans. */
	public FollowupDashboard dashboard(@Nullable Long cycleId, FollowupSort sort) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		List<Publication> periods = periods();
		Publication period = choose(periods, cycleId);
		LocalDate today = LocalDate.now(this.clock);
		if (period == null) {
			return new FollowupDashboard(periods, null, sort, List.of(), List.of(), today);
		}
		Map<Long, UnitRow> units = this.organisation.find(UnitFilter.all())
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		return new FollowupDashboard(periods, period, sort, units(period.cycleId(), today, units, sort),
				overdue(period.cycleId(), today, units), today);
	}

	private static @Nullable Publication choose(List<Publication> periods, @Nullable Long cycleId) {
		Publication period = periods.stream()
			.filter((p) -> cycleId == null || p.cycleId() == cycleId)
			.findFirst()
			.orElse(null);
		if (cycleId != null && period == null) {
			throw new NotFoundException("remediation-period", cycleId);
		}
		return period;
	}

	private List<Publication> periods() {
		Set<Long> planned = Set.copyOf(this.queries.cyclesWithPlans());
		return this.results.current().stream().filter((p) -> planned.contains(p.cycleId())).toList();
	}

	private List<FollowupUnit> units(long cycleId, LocalDate today, Map<Long, UnitRow> units, FollowupSort sort) {
		return this.queries.plans(cycleId, today).stream().map((plan) -> {
			UnitRow unit = units.get(plan.unitId());
			return new FollowupUnit(plan.planId(), plan.unitId(), (unit != null) ? unit.code() : "#" + plan.unitId(),
					(unit != null) ? unit.name() : "#" + plan.unitId(), plan.status(), plan.submittedAt(), plan.total(),
					plan.done(), plan.inProgress(), plan.overdue());
		}).sorted(order(sort)).toList();
	}

	static Comparator<FollowupUnit> order(FollowupSort sort) {
		return switch (sort) {
			case UNIT -> BY_NAME;
			case OVERDUE -> Comparator.comparingInt(FollowupUnit::overdue).reversed().thenComparing(BY_NAME);
			case PERCENT -> Comparator.comparing(FollowupUnit::percent, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(BY_NAME);
		};
	}

	private List<FollowupOverdue> overdue(long cycleId, LocalDate today, Map<Long, UnitRow> units) {
		Map<Long, Map<Long, String>> subUnits = new HashMap<>();
		return this.queries.overdue(cycleId, today).stream().map((item) -> {
			UnitRow unit = units.get(item.unitId());
			String subUnit = (item.subUnitId() == null) ? null
					: subUnits.computeIfAbsent(item.unitId(), this::subUnitNames).get(item.subUnitId());
			return new FollowupOverdue(item.planId(), item.itemId(), (unit != null) ? unit.code() : "",
					(unit != null) ? unit.name() : "#" + item.unitId(), item.leafCode(), item.leafName(),
					item.dueDate(), ChronoUnit.DAYS.between(item.dueDate(), today),
					responsible(subUnit, item.officer()));
		}).toList();
	}

	private Map<Long, String> subUnitNames(long unitId) {
		return this.organisation.unit(unitId)
			.subUnits()
			.stream()
			.collect(Collectors.toMap(UnitView.SubUnitRow::id, UnitView.SubUnitRow::name));
	}

	private static String responsible(@Nullable String subUnit, @Nullable String officer) {
		return java.util.stream.Stream.of(subUnit, officer)
			.filter((text) -> text != null && !text.isBlank())
			.collect(Collectors.joining(" – "));
	}

}
