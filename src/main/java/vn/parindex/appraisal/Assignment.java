package vn.parindex.appraisal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An appraiser assigned to one field (lĩnh vực) of one peer group in a period.
 */
@Entity
@Table(name = "appraisal_assignment")
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long cycleId;

	private long peerGroupId;

	private String areaCode;

	private long userId;

	private Instant assignedAt;

	private String assignedBy;

	protected Assignment() {
		this.areaCode = "";
		this.assignedAt = Instant.EPOCH;
		this.assignedBy = "";
	}

	Assignment(long cycleId, long peerGroupId, String areaCode, long userId, String by, Instant now) {
		this.cycleId = cycleId;
		this.peerGroupId = peerGroupId;
		this.areaCode = areaCode;
		this.userId = userId;
		this.assignedBy = by;
		this.assignedAt = now;
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long cycleId() {
		return this.cycleId;
	}

	long peerGroupId() {
		return this.peerGroupId;
	}

	String areaCode() {
		return this.areaCode;
	}

	long userId() {
		return this.userId;
	}

}
