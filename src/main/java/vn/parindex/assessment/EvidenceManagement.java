package vn.parindex.assessment;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.assessment.evidence.BlobStore;
import vn.parindex.assessment.evidence.EvidenceIntake;
import vn.parindex.assessment.evidence.StoredFile;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.NotFoundException;

/**
 * Evidence documents on leaves: uploading (checked, streamed to the store, then
 * recorded), attaching a file already uploaded, removing, and downloading. The file is
 * stored before its row is written, so no row ever points to a missing file.
 */
@Service
public class EvidenceManagement {

	private final EvidenceRecords records;

	private final EvidenceIntake intake;

	private final BlobStore store;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceManagement(EvidenceRecords records, EvidenceIntake intake, BlobStore store,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.intake = intake;
		this.store = store;
		this.tx = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Uploads a file as evidence on a leaf: the unit's officer, a draft, inside the
	 * window; or, in the explanation round, the unit's officer or leader on a flagged
	 * leaf before the explanation deadline. Checked before the upload is read, and again
	 * before it is recorded.
	 * @return the evidence's id
	 */
	public long upload(long id, String code, InputStream content, @Nullable String filename, EvidenceDetails details) {
		this.tx.executeWithoutResult((status) -> this.records.requireAttachable(id, code, details, today()));
		StoredFile stored = this.intake.receive(content, filename);
		return attach(id, code, details, stored, null);
	}

	/** Attaches a file already uploaded to this assessment to another leaf. */
	public long reuse(long id, String code, long fileId, EvidenceDetails details) {
		return attach(id, code, details, null, fileId);
	}

	/** Removes an evidence document from its leaf; the file stays for reuse. */
	public void remove(long id, long evidenceId) {
		this.tx.executeWithoutResult((status) -> {
			Map<String, Object> removed = this.records.remove(id, evidenceId);
			this.events.publishEvent(new AssessmentChanged("REMOVE_EVIDENCE", id, removed, null));
		});
	}

	/** A file of the assessment, for whoever may read the assessment. */
	public FileDownload download(long id, long fileId) {
		FileRow file = this.tx.execute((status) -> this.records.readableFile(id, fileId));
		if (file == null) {
			throw new NotFoundException("evidence-file", fileId);
		}
		return new FileDownload(file, () -> this.store.open(file.sha256()));
	}

	private long attach(long id, String code, EvidenceDetails details, @Nullable StoredFile stored,
			@Nullable Long fileId) {
		Long evidenceId = this.tx.execute((status) -> {
			EvidenceRecords.Editor editor = this.records.requireAttachable(id, code, details, today());
			EvidenceRecords.Attached attached = this.records.attach(id, code, details, stored, fileId, editor,
					this.clock.instant());
			this.events.publishEvent(new AssessmentChanged("ATTACH_EVIDENCE", id, null, attached.audit()));
			return attached.evidenceId();
		});
		if (evidenceId == null) {
			throw new BusinessRuleException("assessment.evidence.storage-failed");
		}
		return evidenceId;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Formats.ZONE);
	}

}
