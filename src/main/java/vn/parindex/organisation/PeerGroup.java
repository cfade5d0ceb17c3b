package vn.parindex.organisation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A nhóm xếp hạng: the units ranked against each other.
 */
@Entity
@Table(name = "organisation_peer_group")
class PeerGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String nameVi;

	private String nameEn;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	@Version
	private long version;

	protected PeerGroup() {
		this.code = "";
		this.nameVi = "";
		this.nameEn = "";
	}

	PeerGroup(String code, String nameVi, String nameEn, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
		Validity.check(validFrom, validTo);
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("peer group not saved yet");
		}
		return this.id;
	}

	String code() {
		return this.code;
	}

}
