package vn.parindex.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.evidence.StoredFile;

/**
 * A file uploaded to an assessment; its bytes live in the evidence store under its
 * SHA-256. One file can back evidence on several leaves.
 */
@Entity
@Table(name = "assessment_file")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long assessmentId;

	private String sha256;

	@Column(name = "size_bytes")
	private long size;

	private String mediaType;

	private String displayName;

	private Instant uploadedAt;

	private String uploadedBy;

	protected EvidenceFile() {
		this.sha256 = "";
		this.mediaType = "";
		this.displayName = "";
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	EvidenceFile(long assessmentId, StoredFile stored, String by, Instant now) {
		this.assessmentId = assessmentId;
		this.sha256 = stored.sha256();
		this.size = stored.size();
		this.mediaType = stored.mediaType();
		this.displayName = stored.displayName();
		this.uploadedAt = now;
		this.uploadedBy = by;
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long assessmentId() {
		return this.assessmentId;
	}

	String sha256() {
		return this.sha256;
	}

	long size() {
		return this.size;
	}

	String mediaType() {
		return this.mediaType;
	}

	String displayName() {
		return this.displayName;
	}

}
