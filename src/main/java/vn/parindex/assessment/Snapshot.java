package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.RuleInput;

/**
 * What a submission freezes, stored as JSON: every entered leaf with its inputs, score,
 * explanation, N/A claim and evidence, and the totals.
 *
 * @param assessmentId the assessment
 * @param cycleId the period
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param frameworkId the framework scored with
 * @param seq the submission's number
 * @param submittedAt when
 * @param submittedBy by whom
 * @param selfTotal the self-score total
 * @param applicableMax the applicable maximum
 * @param percent selfTotal ÷ applicableMax × 100
 * @param entries the leaves
 */
record Snapshot(long assessmentId, long cycleId, long unitId, String unitCode, String unitName, long frameworkId,
		int seq, Instant submittedAt, String submittedBy, BigDecimal selfTotal, BigDecimal applicableMax,
		@Nullable BigDecimal percent, List<Entry> entries) {

	static Snapshot of(Workspace workspace, int seq, String by, Instant now) {
		Workspace.Header header = workspace.header();
		Tally overall = workspace.overall();
		List<Entry> entries = workspace.nodes()
			.stream()
			.filter((node) -> node.entered() && node.entry() != null)
			.map(Snapshot::entry)
			.toList();
		return new Snapshot(header.id(), header.cycleId(), header.unitId(), header.unitCode(), header.unitName(),
				header.frameworkId(), seq, now, by, overall.self(), overall.max(), overall.percent(), entries);
	}

	private static Entry entry(Workspace.Node node) {
		EntryRow row = node.entry();
		List<Document> documents = node.evidence()
			.stream()
			.map((evidence) -> new Document(evidence.file().id(), evidence.file().sha256(),
					evidence.file().displayName(), evidence.details().docNumber(), evidence.details().issuedOn(),
					evidence.details().issuer(), evidence.details().note()))
			.toList();
		return new Entry(row.code(), row.input().rule(), row.selfPoints(), row.input().explanation(),
				row.input().naClaimed(), row.input().naReason(), documents);
	}

	/**
	 * One leaf as submitted.
	 *
	 * @param code the leaf
	 * @param inputs what was typed
	 * @param selfPoints the self-score
	 * @param explanation the explanation
	 * @param naClaimed whether N/A was claimed
	 * @param naReason why
	 * @param evidence the documents
	 */
	record Entry(String code, RuleInput inputs, @Nullable BigDecimal selfPoints, @Nullable String explanation,
			boolean naClaimed, @Nullable String naReason, List<Document> evidence) {
	}

	/**
	 * An evidence document as submitted.
	 *
	 * @param fileId the file
	 * @param sha256 its content hash
	 * @param name its name
	 * @param docNumber number and code
	 * @param issuedOn issue date
	 * @param issuer issuer
	 * @param note the part it supports
	 */
	record Document(long fileId, String sha256, String name, @Nullable String docNumber, @Nullable LocalDate issuedOn,
			@Nullable String issuer, @Nullable String note) {
	}

}
