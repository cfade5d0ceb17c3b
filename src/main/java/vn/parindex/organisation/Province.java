package vn.parindex.organisation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation_province")
class Province {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	@Version
	private long version;

	protected Province() {
		this.code = "";
		this.name = "";
	}

	Province(String code, String name, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
		this.code = code;
		this.name = name;
		this.validFrom = validFrom;
		this.validTo = validTo;
		Validity.check(validFrom, validTo);
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("province not saved yet");
		}
		return this.id;
	}

	String code() {
		return this.code;
	}

}
