package vn.parindex.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.StaleVersionException;

/**
 * Units and their lineage: ADMIN edits, ADMIN and VIEWER read every unit, everyone else
 * reads only their own.
 */
@Service
@Transactional
public class OrganisationManagement {

	private final OrgUnits units;

	private final OrgUnitQueries queries;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	OrganisationManagement(OrgUnits units, OrgUnitQueries queries, CurrentActor actor,
			ApplicationEventPublisher events) {
		this.units = units;
		this.queries = queries;
		this.actor = actor;
		this.events = events;
	}

	/** The units matching the filter; ADMIN and VIEWER only. */
	@Transactional(readOnly = true)
	public List<UnitRow> find(UnitFilter filter) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.queries.find(filter);
	}

	/** A unit with lineage and sub-units, if the actor may read it. */
	@Transactional(readOnly = true)
	public UnitView unit(long id) {
		this.actor.get().requireCanRead(id);
		UnitRow row = this.queries.find(id).orElseThrow(() -> new NotFoundException("org-unit", id));
		long version = this.units.findById(id).map(OrgUnit::version).orElse(0L);
		return new UnitView(row, version, this.queries.predecessors(id), this.queries.successors(id),
				this.queries.subUnits(id));
	}

	/**
	 * A unit's list row by id, for other modules that show unit names; no access check.
	 */
	@Transactional(readOnly = true)
	public Optional<UnitRow> findRow(long id) {
		return this.queries.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<UnitRow> findByCode(String code) {
		return this.units.findByCode(code.trim()).flatMap((unit) -> this.queries.find(unit.id()));
	}

	@Transactional(readOnly = true)
	public List<PeerGroupView> peerGroups() {
		return this.queries.peerGroups();
	}

	@Transactional(readOnly = true)
	public List<ProvinceView> provinces() {
		return this.queries.provinces();
	}

	/** Creates a unit; ADMIN only. The code must be new. */
	public long create(UnitForm form) {
		this.actor.requireRole(Role.ADMIN);
		if (this.units.findByCode(form.code().trim()).isPresent()) {
			throw new BusinessRuleException("organisation.unit.code-taken", form.code());
		}
		checkReferences(form.details());
		OrgUnit unit = this.units.saveAndFlush(new OrgUnit(form.code(), form.details()));
		this.events.publishEvent(new OrgUnitChanged("CREATE", unit.id(), null, unit.snapshot()));
		return unit.id();
	}

	/**
	 * Edits a unit; ADMIN only. A form loaded before someone else's save gets a conflict.
	 */
	public void update(long id, UnitForm form) {
		this.actor.requireRole(Role.ADMIN);
		OrgUnit unit = load(id);
		if (unit.version() != form.version()) {
			throw new StaleVersionException("org-unit", id);
		}
		checkReferences(form.details());
		UnitSnapshot before = unit.snapshot();
		unit.update(form.details());
		this.units.flush();
		this.events.publishEvent(new OrgUnitChanged("UPDATE", id, before, unit.snapshot()));
	}

	/** Replaces the units that {@code id} succeeds; ADMIN only. */
	public void setLineage(long id, List<LineageLink> links) {
		this.actor.requireRole(Role.ADMIN);
		OrgUnit unit = load(id);
		Map<Long, OrgUnit> predecessors = new HashMap<>();
		this.units.findAllById(links.stream().map(LineageLink::predecessorId).toList())
			.forEach((predecessor) -> predecessors.put(predecessor.id(), predecessor));
		UnitSnapshot before = unit.snapshot();
		unit.succeed(links, predecessors);
		this.units.flush();
		this.events.publishEvent(new OrgUnitChanged("SET_LINEAGE", id, before, unit.snapshot()));
	}

	private OrgUnit load(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("org-unit", id));
	}

	private void checkReferences(UnitDetails details) {
		if (this.queries.peerGroups().stream().noneMatch((group) -> group.id() == details.peerGroupId())) {
			throw new BusinessRuleException("organisation.unit.peer-group-unknown");
		}
		if (this.queries.provinces().stream().noneMatch((province) -> province.id() == details.provinceId())) {
			throw new BusinessRuleException("organisation.unit.province-unknown");
		}
	}

}
