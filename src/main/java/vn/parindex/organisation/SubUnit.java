package vn.parindex.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A phòng or ban inside a unit, so that work can later be assigned to it.
 */
@Entity
@Table(name = "organisation_sub_unit")
class SubUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	private String code;

	private String name;

	private boolean active = true;

	@Version
	private long version;

	protected SubUnit() {
		this.code = "";
		this.name = "";
	}

	SubUnit(long unitId, String code, String name) {
		this.unitId = unitId;
		this.code = code.trim();
		this.name = name.trim();
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("sub-unit not saved yet");
		}
		return this.id;
	}

	long unitId() {
		return this.unitId;
	}

	void rename(String name) {
		this.name = name.trim();
	}

	void deactivate() {
		this.active = false;
	}

	SubUnitSnapshot snapshot() {
		return new SubUnitSnapshot(this.unitId, this.code, this.name, this.active);
	}

}
