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

	private final Clock clock;

	EvidenceRecords(Assessments assessments, Entries entries, EvidenceFiles files, Evidences evidences,
			AssessmentAccess access, WorkspaceBuilder workspaces, AssessmentQueries queries, Clock clock) {
		this.assessments = assessments;
		this.entries = entries;
		this.files = files;
		this.evidences = evidences;
		this.access = access;
		this.workspaces = workspaces;
		this.queries = queries;
		this.clock = clock;
	}

	/** The unit's officer, a draft, the window open; returns the officer. */
	Actor requireEditable(long id) {
		Assessment assessment = this.assessments.findShared(id)
			.orElseThrow(() -> new NotFoundException("assessment", id));
		Actor actor = this.access.edit(assessment);
		assessment.requireDraft();
		this.workspaces.period(assessment).requireOpen(this.clock.instant());
		return actor;
	}

	/** As {@link #requireEditable}, plus a leaf the unit enters and sensible details. */
	Actor requireAttachable(long id, String code, EvidenceDetails details, LocalDate today) {
		Actor actor = requireEditable(id);
		Assessment assessment = this.assessments.findById(id).orElseThrow();
		NodeDefinition leaf = WorkspaceBuilder.leaf(this.workspaces.framework(assessment), code);
		entry(id, leaf.code());
		details.requireIssuedBy(today);
		return actor;
	}

	Attached attach(long id, String code, EvidenceDetails details, @Nullable StoredFile stored, @Nullable Long fileId,
			Actor actor, Instant now) {
		EvidenceFile file = (stored != null) ? fileFor(id, stored, actor, now) : existingFile(id, fileId);
		AssessmentEntry entry = entry(id, code);
		if (this.evidences.existsByEntryIdAndFileId(entry.id(), file.id())) {
			throw new BusinessRuleException("assessment.evidence.already-attached", file.displayName(), code);
		}
		Evidence evidence = this.evidences
			.saveAndFlush(new Evidence(entry.id(), file.id(), details, actor.username(), now));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("file", file.displayName());
		audit.put("sha256", file.sha256());
		audit.put("details", details);
		return new Attached(evidence.id(), audit);
	}

	Map<String, Object> remove(long id, long evidenceId) {
		Evidence evidence = this.evidences.findById(evidenceId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		AssessmentEntry entry = this.entries.findById(evidence.entryId()).orElseThrow();
		if (entry.assessmentId() != id) {
			throw new NotFoundException("evidence", evidenceId);
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

	/** An attachment made, and what the audit log keeps of it. */
	record Attached(long evidenceId, Map<String, Object> audit) {
	}

}
