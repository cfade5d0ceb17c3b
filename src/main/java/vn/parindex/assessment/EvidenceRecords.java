package vn.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.evidence.StoredFile;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * The database side of evidence, run inside the facade's transactions: the checks, the
 * file and attachment rows.
 */
@Component
class EvidenceRecords {

	private final Assessments assessments;

	private final Entries entries;

	private final EvidenceFiles files;

	private final Evidences evidences;

	private final AssessmentAccess access;

	private final WorkspaceBuilder workspaces;

	private final AssessmentQueries queries;

	private final ExplanationRound explanation;

	private final Clock clock;

	EvidenceRecords(Assessments assessments, Entries entries, EvidenceFiles files, Evidences evidences,
			AssessmentAccess access, WorkspaceBuilder workspaces, AssessmentQueries queries,
			ExplanationRound explanation, Clock clock) {
		this.explanation = explanation;
		this.assessments = assessments;
		this.entries = entries;
		this.files = files;
		this.evidences = evidences;
		this.access = access;
		this.workspaces = workspaces;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Who may change the evidence of a leaf now: in a draft, the unit's officer inside
	 * the self-assessment window; in the explanation round, the unit's officer or leader
	 * on a flagged leaf before the explanation deadline.
	 */
	Editor requireEditable(long id, String code) {
		Assessment assessment = this.assessments.findShared(id)
			.orElseThrow(() -> new NotFoundException("assessment", id));
		if (assessment.status() == AssessmentStatus.EXPLANATION_REQUESTED) {
			Actor actor = this.access.actor();
			this.explanation.requireOpen(actor, assessment, entry(id, code));
			return new Editor(actor, true);
		}
		Actor actor = this.access.edit(assessment);
		assessment.requireDraft();
		this.workspaces.period(assessment).requireOpen(this.clock.instant());
		return new Editor(actor, false);
	}

	/** As {@link #requireEditable}, plus a leaf the unit enters and sensible details. */
	Editor requireAttachable(long id, String code, EvidenceDetails details, LocalDate today) {
		Assessment assessment = this.assessments.findShared(id)
			.orElseThrow(() -> new NotFoundException("assessment", id));
		NodeDefinition leaf = WorkspaceBuilder.leaf(this.workspaces.framework(assessment), code);
		Editor editor = requireEditable(id, leaf.code());
		details.requireIssuedBy(today);
		return editor;
	}

	Attached attach(long id, String code, EvidenceDetails details, @Nullable StoredFile stored, @Nullable Long fileId,
			Editor editor, Instant now) {
		Actor actor = editor.actor();
		EvidenceFile file = (stored != null) ? fileFor(id, stored, actor, now) : existingFile(id, fileId);
		AssessmentEntry entry = entry(id, code);
		if (this.evidences.existsByEntryIdAndFileId(entry.id(), file.id())) {
			throw new BusinessRuleException("assessment.evidence.already-attached", file.displayName(), code);
		}
		Evidence evidence = this.evidences
			.saveAndFlush(new Evidence(entry.id(), file.id(), details, actor.username(), now, editor.explanation()));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("file", file.displayName());
		audit.put("sha256", file.sha256());
		audit.put("details", details);
		if (editor.explanation()) {
			audit.put("stage", "EXPLANATION");
		}
		return new Attached(evidence.id(), audit);
	}

	/**
	 * Removes an attachment, by whoever may change the leaf's evidence now; in the
	 * explanation round only what was added in it.
	 */
	Map<String, Object> remove(long id, long evidenceId) {
		Evidence evidence = this.evidences.findById(evidenceId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		AssessmentEntry entry = this.entries.findById(evidence.entryId()).orElseThrow();
		if (entry.assessmentId() != id) {
			throw new NotFoundException("evidence", evidenceId);
		}
		if (requireEditable(id, entry.nodeCode()).explanation() && !evidence.explanation()) {
			throw new BusinessRuleException("assessment.explanation.keep-self-evidence");
		}
		EvidenceFile file = this.files.findById(evidence.fileId()).orElseThrow();
		this.evidences.delete(evidence);
		this.evidences.flush();
		return Map.of("code", entry.nodeCode(), "file", file.displayName(), "sha256", file.sha256(), "details",
				evidence.details());
	}

	FileRow readableFile(long id, long fileId) {
		Assessment assessment = this.assessments.findById(id)
			.orElseThrow(() -> new NotFoundException("assessment", id));
		this.access.read(assessment);
		return this.queries.files(id)
			.stream()
			.filter((file) -> file.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("evidence-file", fileId));
	}

	private EvidenceFile fileFor(long id, StoredFile stored, Actor actor, Instant now) {
		return this.files.findByAssessmentIdAndSha256(id, stored.sha256())
			.orElseGet(() -> this.files.saveAndFlush(new EvidenceFile(id, stored, actor.username(), now)));
	}

	private EvidenceFile existingFile(long id, @Nullable Long fileId) {
		return this.files.findById((fileId != null) ? fileId : -1L)
			.filter((file) -> file.assessmentId() == id)
			.orElseThrow(() -> new NotFoundException("evidence-file", fileId));
	}

	private AssessmentEntry entry(long id, String code) {
		return this.entries.findByAssessmentIdAndNodeCode(id, code)
			.orElseThrow(() -> new NotFoundException("assessment-entry", code));
	}

	/** Who changes evidence, and whether in the explanation round. */
	record Editor(Actor actor, boolean explanation) {
	}

	/** An attachment made, and what the audit log keeps of it. */
	record Attached(long evidenceId, Map<String, Object> audit) {
	}

}
