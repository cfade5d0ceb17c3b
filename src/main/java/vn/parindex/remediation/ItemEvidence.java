package vn.parindex.remediation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A file proving a plan line done, kept in the database with the plan: its checked type,
 * safe name, size, hash and content.
 */
@Entity
@Table(name = "remediation_evidence")
class ItemEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long itemId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	protected ItemEvidence() {
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.content = new byte[0];
		this.uploadedBy = "";
		this.uploadedAt = Instant.EPOCH;
	}

	ItemEvidence(long itemId, EvidenceUpload.Checked file, String by, Instant now) {
		this.itemId = itemId;
		this.fileName = file.name();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.content = file.content();
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	EvidenceSummary summary() {
		return new EvidenceSummary(id(), this.itemId, this.fileName, this.contentType, this.sizeBytes, this.sha256);
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long itemId() {
		return this.itemId;
	}

	String fileName() {
		return this.fileName;
	}

	String contentType() {
		return this.contentType;
	}

	byte[] content() {
		return this.content;
	}

}
