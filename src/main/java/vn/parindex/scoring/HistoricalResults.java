package vn.parindex.scoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;
import vn.parindex.shared.xlsx.XlsxRow;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * The official points of a period that was not appraised in parindex (the years before
 * it), imported by ADMIN from the province's published tables, whole or not at all. The
 * results are then computed and published like any other period's.
 */
@Service
@Transactional
public class HistoricalResults {

	/** A row per unit and leaf: 200 units of 100 leaves, with room to spare. */
	static final int MAX_ROWS = 30_000;

	private final ImportedScores store;

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	private final AssessmentWorkflow workflow;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HistoricalResults(ImportedScores store, CycleManagement cycles, FrameworkManagement frameworks,
			AssessmentWorkflow workflow, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.workflow = workflow;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** The imports of the period, the current first; ADMIN and VIEWER. */
	@Transactional(readOnly = true)
	public List<ResultsImport> history(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.store.history(cycleId);
	}

	/**
	 * Why the period's points cannot be imported, as a message key; null when they can:
	 * the period must be closed and nothing of it appraised in parindex.
	 */
	@Transactional(readOnly = true)
	public @Nullable String refusal(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		if (this.cycles.view(cycleId).status() != CycleStatus.CLOSED) {
			return "scoring.import.not-closed";
		}
		boolean appraised = this.workflow.statuses(cycleId)
			.values()
			.stream()
			.anyMatch((status) -> status != AssessmentStatus.DRAFT);
		return appraised ? "scoring.import.appraised" : null;
	}

	/** An xlsx of every unit and leaf of the period, to fill in; ADMIN. */
	@Transactional(readOnly = true)
	public void template(long cycleId, OutputStream out) {
		this.actor.requireRole(Role.ADMIN);
		CycleView cycle = this.cycles.view(cycleId);
		List<List<String>> rows = new ArrayList<>();
		Map<Long, Long> frameworkOf = cycle.selectedFrameworks();
		for (CycleView.UnitGroup group : groups(cycle)) {
			List<NodeDefinition> leaves = this.frameworks.definition(frameworkOf.get(group.peerGroupId())).leaves();
			for (CycleView.UnitEntry unit : group.units()) {
				leaves.forEach((leaf) -> rows.add(List.of(unit.code(), unit.name(), leaf.code(), leaf.nameVi(),
						(leaf.maxPoints() != null) ? leaf.maxPoints().toPlainString() : "", "", "", "")));
			}
		}
		XlsxSheet.template("Điểm", ResultsImportCheck.HEADERS, rows, out);
	}

	/** Imports an xlsx laid out as {@link #template}; every bad cell rejects it whole. */
	public ResultsImport importXlsx(long cycleId, InputStream in, String fileName, String source) {
		this.actor.requireRole(Role.ADMIN);
		byte[] bytes;
		try {
			bytes = in.readNBytes(XlsxSheet.MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		requireImportable(cycleId, source);
		List<XlsxRow> rows = XlsxSheet.read(new ByteArrayInputStream(bytes), ResultsImportCheck.HEADERS, MAX_ROWS);
		return write(cycleId, rows, fileName, source, sha256(bytes));
	}

	/**
	 * Imports rows already read, as the demo does; their text is hashed in place of a
	 * file.
	 */
	public ResultsImport importRows(long cycleId, List<XlsxRow> rows, String name, String source) {
		this.actor.requireRole(Role.ADMIN);
		requireImportable(cycleId, source);
		StringBuilder text = new StringBuilder();
		rows.forEach((row) -> text.append(row.cells()).append('\n'));
		return write(cycleId, rows, name, source, sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private ResultsImport write(long cycleId, List<XlsxRow> rows, String fileName, String source, String sha256) {
		Actor admin = this.actor.get();
		CycleView cycle = this.cycles.view(cycleId);
		List<ResultsImportCheck.Parsed> parsed = new ResultsImportCheck(cycle, this.frameworks::definition).check(rows);
		int units = (int) parsed.stream().mapToLong(ResultsImportCheck.Parsed::unitId).distinct().count();
		ResultsImport previous = this.store.current(cycleId).orElse(null);
		ResultsImport header = new ResultsImport(0, cycleId, source.strip(), name(fileName), sha256, units,
				parsed.size(), this.clock.instant(), admin.username(), null);
		this.store.insert(header, parsed);
		ResultsImport written = this.store.current(cycleId).orElseThrow();
		this.events.publishEvent(
				new ResultsImported(cycleId, (previous != null) ? summary(previous) : null, summary(written)));
		return written;
	}

	private void requireImportable(long cycleId, String source) {
		String refusal = refusal(cycleId);
		if (refusal != null) {
			throw new BusinessRuleException(refusal);
		}
		if (source.isBlank() || source.strip().length() > 500) {
			throw new BusinessRuleException("scoring.import.source-required");
		}
	}

	private static Map<String, Object> summary(ResultsImport done) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("importId", done.id());
		summary.put("source", done.source());
		summary.put("file", done.fileName());
		summary.put("sha256", done.sha256());
		summary.put("units", done.unitCount());
		summary.put("rows", done.rowCount());
		return summary;
	}

	private static List<CycleView.UnitGroup> groups(CycleView cycle) {
		return (cycle.unitGroups() != null) ? cycle.unitGroups() : List.of();
	}

	private static String name(String fileName) {
		String name = fileName.isBlank() ? "ket-qua.xlsx" : fileName.strip();
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
