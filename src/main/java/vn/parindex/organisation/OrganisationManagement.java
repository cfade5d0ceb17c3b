package vn.parindex.organisation;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	private final UnitImport unitImport;

	OrganisationManagement(OrgUnits units, OrgUnitQueries queries, CurrentActor actor, ApplicationEventPublisher events,
			UnitImport unitImport) {
		this.units = units;
		this.queries = queries;
		this.actor = actor;
		this.events = events;
		this.unitImport = unitImport;
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
	/**
	 * For other modules: the unit's predecessors, which the reorganisation decisions make
	 * public. No access check.
	 */
	public List<UnitView.LineageRow> predecessors(long id) {
		return this.queries.predecessors(id);
	}

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

	/**
	 * Creates or updates the units of an xlsx sheet, all or nothing; ADMIN only. Every
	 * bad cell is reported at once, and each change is audited as if made on screen.
	 */
	public UnitImportSummary importUnits(InputStream in) {
		this.actor.requireRole(Role.ADMIN);
		List<UnitImport.Line> lines = this.unitImport.plan(in);
		Map<String, Long> ids = new HashMap<>();
		lines.forEach((line) -> ids.put(line.form().code(), importUnit(line)));
		List<UnitImport.Line> withLineage = lines.stream().filter((line) -> line.predecessors() != null).toList();
		withLineage.forEach((line) -> importLineage(line, ids));
		int created = (int) lines.stream().filter((line) -> line.existingId() == null).count();
		return new UnitImportSummary(created, lines.size() - created, withLineage.size());
	}

	/** The empty import sheet with two example rows; ADMIN only. */
	@Transactional(readOnly = true)
	public void writeImportTemplate(OutputStream out) {
		this.actor.requireRole(Role.ADMIN);
		this.unitImport.template(out);
	}

	private long importUnit(UnitImport.Line line) {
		Long existing = line.existingId();
		try {
			if (existing == null) {
				return create(line.form());
			}
			update(existing, line.form().withVersion(load(existing).version()));
			return existing;
		}
		catch (BusinessRuleException ex) {
			throw line.rejected(UnitImport.CODE, ex.messageKey(), ex.arguments());
		}
	}

	private void importLineage(UnitImport.Line line, Map<String, Long> ids) {
		List<LineageLink> links = Objects.requireNonNull(line.predecessors())
			.stream()
			.map((link) -> new LineageLink(ids.computeIfAbsent(link.code(), this::idOf), link.relation(),
					link.effective(), false))
			.toList();
		try {
			setLineage(ids.get(line.form().code()), links);
		}
		catch (BusinessRuleException ex) {
			throw line.rejected(UnitImport.PREDECESSORS, ex.messageKey(), ex.arguments());
		}
	}

	private long idOf(String code) {
		return this.units.findByCode(code).map(OrgUnit::id).orElseThrow(() -> new NotFoundException("org-unit", code));
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
