package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.Recipient;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.organisation.UnitView;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Builds the plan list and the plan view from the read model, with names from the
 * organisation, the published results and the users. No access check: the facade checks
 * first.
 */
@Component
class PlanViews {

	private final PlanQueries queries;

	private final OrganisationManagement organisation;

	private final PublicResults results;

	private final IdentityManagement identity;

	private final Clock clock;

	PlanViews(PlanQueries queries, OrganisationManagement organisation, PublicResults results,
			IdentityManagement identity, Clock clock) {
		this.queries = queries;
		this.organisation = organisation;
		this.results = results;
		this.identity = identity;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	List<PlanRow> list(@Nullable Long unitId, @Nullable Long cycleId) {
		Map<Long, Publication> periods = periods();
		Map<Long, String> units = new HashMap<>();
		if (unitId == null) {
			// every unit's plans: the names in one query, not one per unit
			this.organisation.find(UnitFilter.all()).forEach((unit) -> units.put(unit.id(), unit.name()));
		}
		return this.queries.plans(unitId, cycleId, today()).stream().map((plan) -> {
			Publication period = periods.get(plan.cycleId());
			return new PlanRow(plan.id(), plan.cycleId(), (period != null) ? period.cycleName() : "#" + plan.cycleId(),
					(period != null) ? period.year() : 0, plan.unitId(),
					units.computeIfAbsent(plan.unitId(), (id) -> unit(id).name()), plan.status(), plan.submittedAt(),
					plan.returned() && plan.status() == PlanStatus.DRAFT, plan.items(), plan.done(), plan.overdue());
		}).toList();
	}

	/** The published periods that have plans, newest first. */
	List<Publication> periods(List<Long> cycleIds) {
		Map<Long, Publication> periods = periods();
		return cycleIds.stream().map(periods::get).filter(Objects::nonNull).toList();
	}

	/** The ids of the unit's active sub-units. */
	Set<Long> activeSubUnits(long unitId) {
		return this.organisation.unit(unitId)
			.subUnits()
			.stream()
			.filter(UnitView.SubUnitRow::active)
			.map(UnitView.SubUnitRow::id)
			.collect(Collectors.toSet());
	}

	List<Long> cyclesWithPlans() {
		return this.queries.cycles();
	}

	PlanQueries.Stored stored(long planId) {
		return this.queries.plan(planId).orElseThrow(() -> new NotFoundException("remediation-plan", planId));
	}

	/**
	 * The plan with its lines; {@code figures} adds the unit's published result, read
	 * from the snapshot (the full page, the PDF), which a saved line's row does not need.
	 */
	PlanView view(PlanQueries.Stored plan, PlanView.Permissions may, boolean figures) {
		LocalDate today = today();
		List<UnitView.SubUnitRow> subUnits = this.organisation.unit(plan.unitId()).subUnits();
		Map<Long, String> names = subUnits.stream()
			.collect(Collectors.toMap(UnitView.SubUnitRow::id, UnitView.SubUnitRow::name));
		List<ItemRow> items = this.queries.items(plan.id(), today)
			.stream()
			.map((item) -> (item.subUnitId() == null) ? item : named(item, names.get(item.subUnitId())))
			.toList();
		ResultsSnapshot snapshot = figures
				? this.results.publication(plan.publicationId()).map((published) -> published.snapshot()).orElse(null)
				: null;
		return new PlanView(header(plan), figures(snapshot, plan.unitId()), items,
				subUnits.stream().filter(UnitView.SubUnitRow::active).toList(), may, today);
	}

	private PlanView.Header header(PlanQueries.Stored plan) {
		UnitRow unit = unit(plan.unitId());
		Publication publication = this.results.history(plan.cycleId())
			.stream()
			.filter((candidate) -> candidate.id() == plan.publicationId())
			.findFirst()
			.orElse(null);
		String cycleName = (publication != null) ? publication.cycleName() : "#" + plan.cycleId();
		int year = (publication != null) ? publication.year() : 0;
		return new PlanView.Header(plan.id(), plan.cycleId(), cycleName, year, plan.unitId(), unit.code(), unit.name(),
				plan.publicationId(), plan.status(), plan.createdAt(), plan.submittedAt(), plan.submittedBy(),
				fullName(plan.submittedBy(), plan.unitId()), plan.returnedAt(), plan.returnedBy(), plan.returnNote(),
				plan.version());
	}

	private static PlanView.@Nullable Figures figures(@Nullable ResultsSnapshot snapshot, long unitId) {
		if (snapshot == null) {
			return null;
		}
		return snapshot.unit(unitId).map((unit) -> {
			UnitResult result = unit.result();
			return new PlanView.Figures(snapshot.decision().number(), snapshot.decision().date(), result.points(),
					result.applicableMax(), result.percent(), result.rank(), result.rankedCount(),
					(result.band() != null) ? result.band().labelVi() : null,
					(result.band() != null) ? result.band().labelEn() : null);
		}).orElse(null);
	}

	private @Nullable String fullName(@Nullable String username, long unitId) {
		if (username == null) {
			return null;
		}
		return this.identity.recipients(List.of(Role.UNIT_LEADER), unitId)
			.stream()
			.filter((user) -> user.username().equals(username))
			.map(Recipient::fullName)
			.findFirst()
			.orElse(username);
	}

	private UnitRow unit(long unitId) {
		return this.organisation.findRow(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
	}

	private Map<Long, Publication> periods() {
		return this.results.current()
			.stream()
			.collect(Collectors.toMap(Publication::cycleId, Function.identity(), (a, b) -> a));
	}

	private static ItemRow named(ItemRow item, @Nullable String subUnitName) {
		return new ItemRow(item.id(), item.position(), item.leafCode(), item.leafName(), item.max(), item.pointsLost(),
				item.comment(), item.cause(), item.action(), item.subUnitId(), subUnitName, item.officer(),
				item.dueDate(), item.stored(), item.shown(), item.completedOn(), item.evidenceNote(), item.version(),
				item.files());
	}

}
