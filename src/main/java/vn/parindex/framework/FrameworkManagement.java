package vn.parindex.framework;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.rule.RuleInput;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.StaleVersionException;

/**
 * Frameworks: every signed-in user reads them; ADMIN creates, imports, clones and edits
 * drafts. Every change is audited; a framework in use refuses changes.
 */
@Service
@Transactional
public class FrameworkManagement {

	private final Frameworks frameworks;

	private final FrameworkQueries queries;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FrameworkManagement(Frameworks frameworks, FrameworkQueries queries, CurrentActor actor,
			ApplicationEventPublisher events, Clock clock) {
		this.frameworks = frameworks;
		this.queries = queries;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FrameworkRow> list(@Nullable Integer year) {
		this.actor.get();
		return this.queries.list(year);
	}

	@Transactional(readOnly = true)
	public FrameworkView view(long id) {
		this.actor.get();
		Framework framework = load(id);
		FrameworkDefinition definition = framework.definition();
		FrameworkRow row = this.queries.find(id).orElseThrow(() -> new NotFoundException("framework", id));
		return new FrameworkView(row, framework.version(), definition, FrameworkValidation.check(definition));
	}

	/** For other modules: the framework's identity and usability; no access check. */
	@Transactional(readOnly = true)
	public FrameworkSummary summary(long id) {
		Framework framework = load(id);
		FrameworkDefinition definition = framework.definition();
		return new FrameworkSummary(id, definition.header().year(), definition.header().scope(), framework.versionNo(),
				definition.header().nameVi(), framework.status(), FrameworkValidation.check(definition).isEmpty());
	}

	/** The ids of the frameworks without validation faults, read in one transaction. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> validIds() {
		this.actor.get();
		return this.frameworks.findAll()
			.stream()
			.filter((framework) -> FrameworkValidation.check(framework.definition()).isEmpty())
			.map(Framework::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** For other modules: the whole tree; no access check. */
	@Transactional(readOnly = true)
	public FrameworkDefinition definition(long id) {
		return load(id).definition();
	}

	/** Saves a framework as the next version of its year and unit types; ADMIN only. */
	public long create(FrameworkDefinition definition, String action) {
		this.actor.requireRole(Role.ADMIN);
		return save(definition, null, action);
	}

	/**
	 * Reads a YAML file and saves it whole, or rejects it with every fault; ADMIN only.
	 */
	public long importYaml(InputStream in, @Nullable Integer year) {
		this.actor.requireRole(Role.ADMIN);
		return save(FrameworkYaml.read(in, year), null, "IMPORT");
	}

	@Transactional(readOnly = true)
	public String exportYaml(long id) {
		this.actor.get();
		return FrameworkYamlWriter.write(load(id).definition());
	}

	/**
	 * Reads an xlsx workbook and saves it whole, or rejects it with every bad cell; ADMIN
	 * only.
	 */
	public long importXlsx(InputStream in) {
		this.actor.requireRole(Role.ADMIN);
		return save(FrameworkXlsx.read(in), null, "IMPORT");
	}

	/**
	 * Writes the framework as an xlsx workbook that imports back to the same framework.
	 */
	@Transactional(readOnly = true)
	public void exportXlsx(long id, OutputStream out) {
		this.actor.get();
		FrameworkXlsx.write(load(id).definition(), out);
	}

	/** Copies a framework into {@code year} as a new draft version; ADMIN only. */
	public long copy(long id, int year) {
		this.actor.requireRole(Role.ADMIN);
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("framework.clone.year-invalid");
		}
		FrameworkDefinition source = load(id).definition();
		return save(source.withHeader(source.header().withYear(year)), id, "CLONE");
	}

	@Transactional(readOnly = true)
	public FrameworkDiff diff(long olderId, long newerId) {
		this.actor.get();
		return FrameworkDiff.between(load(olderId).definition(), load(newerId).definition());
	}

	/**
	 * Replaces one node (a new code renames its descendants); ADMIN only, drafts only.
	 */
	public void updateNode(long id, long version, String code, NodeDefinition node) {
		Framework framework = loadForEdit(id, version);
		FrameworkDefinition before = framework.definition();
		NodeDefinition old = before.node(code).orElseThrow(() -> new NotFoundException("framework-node", code));
		if (!node.code().equals(code) && before.node(node.code()).isPresent()) {
			throw new BusinessRuleException("framework.validation.code-duplicate", node.code());
		}
		framework.replace(before.withNodeReplaced(code, node));
		this.frameworks.flush();
		this.events.publishEvent(new FrameworkChanged("UPDATE_NODE", id, old, node));
	}

	/** Adds a node under {@code node.parentCode()}; ADMIN only, drafts only. */
	public void addNode(long id, long version, NodeDefinition node) {
		Framework framework = loadForEdit(id, version);
		FrameworkDefinition before = framework.definition();
		if (before.node(node.code()).isPresent()) {
			throw new BusinessRuleException("framework.validation.code-duplicate", node.code());
		}
		if (node.parentCode() != null && before.node(node.parentCode()).isEmpty()) {
			throw new NotFoundException("framework-node", node.parentCode());
		}
		framework.replace(before.withNodeAdded(node));
		this.frameworks.flush();
		this.events.publishEvent(new FrameworkChanged("ADD_NODE", id, null, node));
	}

	/** Removes a node and its descendants; ADMIN only, drafts only. */
	public void removeNode(long id, long version, String code) {
		Framework framework = loadForEdit(id, version);
		FrameworkDefinition before = framework.definition();
		NodeDefinition old = before.node(code).orElseThrow(() -> new NotFoundException("framework-node", code));
		framework.replace(before.withoutNode(code));
		this.frameworks.flush();
		this.events.publishEvent(new FrameworkChanged("REMOVE_NODE", id, old, null));
	}

	/** Replaces the title, settings and bands; ADMIN only, drafts only. */
	public void updateSettings(long id, long version, String nameVi, @Nullable String nameEn,
			FrameworkSettings settings, List<Band> bands) {
		Framework framework = loadForEdit(id, version);
		FrameworkDefinition before = framework.definition();
		FrameworkHeader header = before.header();
		framework.replace(before.withSettings(settings, bands)
			.withHeader(new FrameworkHeader(header.year(), header.unitTypes(), nameVi, nameEn, header.illustrative())));
		this.frameworks.flush();
		this.events.publishEvent(new FrameworkChanged("UPDATE_SETTINGS", id,
				Map.of("name", header.nameVi(), "settings", before.settings(), "bands", before.bands()),
				Map.of("name", nameVi, "settings", settings, "bands", bands)));
	}

	/**
	 * Freezes a framework because an opened period uses it; ADMIN only. Refused while it
	 * has validation faults.
	 */
	public void lockForPeriod(long id, String reason) {
		this.actor.requireRole(Role.ADMIN);
		Framework framework = load(id);
		if (!FrameworkValidation.check(framework.definition()).isEmpty()) {
			throw new BusinessRuleException("framework.invalid-for-period", framework.definition().header().nameVi());
		}
		if (framework.status() == FrameworkStatus.IN_USE) {
			return;
		}
		framework.lock(reason);
		this.frameworks.flush();
		this.events.publishEvent(new FrameworkChanged("LOCK", id, Map.of("status", FrameworkStatus.DRAFT),
				Map.of("status", FrameworkStatus.IN_USE, "reason", reason)));
	}

	/** The points a leaf's rule gives for {@code input}, for the "try it" box. */
	@Transactional(readOnly = true)
	public BigDecimal tryRule(long id, String code, RuleInput input) {
		this.actor.get();
		NodeDefinition node = load(id).definition()
			.node(code)
			.filter(NodeDefinition::scored)
			.orElseThrow(() -> new NotFoundException("framework-node", code));
		BigDecimal max = (node.maxPoints() != null) ? node.maxPoints() : BigDecimal.ZERO;
		return java.util.Objects.requireNonNull(node.rule()).points(max, input);
	}

	private long save(FrameworkDefinition definition, @Nullable Long clonedFrom, String action) {
		FrameworkHeader header = definition.header();
		int versionNo = this.frameworks.lastVersionNo(header.year(), header.scope()) + 1;
		Framework framework = this.frameworks
			.saveAndFlush(new Framework(definition, versionNo, clonedFrom, this.clock.instant()));
		this.events.publishEvent(new FrameworkChanged(action, framework.id(), null,
				Map.of("year", header.year(), "unitTypes", header.scope(), "versionNo", versionNo, "nodes",
						definition.nodes().size(), "clonedFrom", (clonedFrom != null) ? clonedFrom : "")));
		return framework.id();
	}

	private Framework loadForEdit(long id, long version) {
		this.actor.requireRole(Role.ADMIN);
		Framework framework = load(id);
		framework.requireEditable();
		if (framework.version() != version) {
			throw new StaleVersionException("framework", id);
		}
		return framework;
	}

	private Framework load(long id) {
		return this.frameworks.findById(id).orElseThrow(() -> new NotFoundException("framework", id));
	}

}
