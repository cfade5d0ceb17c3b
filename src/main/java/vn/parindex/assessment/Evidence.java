package vn.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An evidence document (tài liệu kiểm chứng) on one leaf: a file, with the document's
 * number and code, issue date, issuer and the part it supports.
 */
@Entity
@Table(name = "assessment_evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long entryId;

	private long fileId;

	private @Nullable String docNumber;

	private @Nullable LocalDate issuedOn;

	private @Nullable String issuer;

	private @Nullable String note;

	private Instant attachedAt;

	private String attachedBy;

	/**
	 * SELF while the unit self-assesses, EXPLANATION when added in the explanation round.
	 */
	private String stage = "SELF";

	protected Evidence() {
		this.attachedAt = Instant.EPOCH;
		this.attachedBy = "";
	}

	Evidence(long entryId, long fileId, EvidenceDetails details, String by, Instant now, boolean explanation) {
		this.stage = explanation ? "EXPLANATION" : "SELF";
		this.entryId = entryId;
		this.fileId = fileId;
		this.docNumber = details.docNumber();
		this.issuedOn = details.issuedOn();
		this.issuer = details.issuer();
		this.note = details.note();
		this.attachedAt = now;
		this.attachedBy = by;
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long entryId() {
		return this.entryId;
	}

	long fileId() {
		return this.fileId;
	}

	boolean explanation() {
		return "EXPLANATION".equals(this.stage);
	}

	EvidenceDetails details() {
		return new EvidenceDetails(this.docNumber, this.issuedOn, this.issuer, this.note);
	}

}
