package vn.parindex.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create and edit form of a unit. The code cannot change after creation.
 */
public record UnitForm(
		@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_\\-]+",
				message = "{organisation.unit.code.pattern}") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String shortName,
		@NotNull @Nullable UnitType type, @NotNull @Nullable Long peerGroupId, @NotNull @Nullable Long provinceId,
		@DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validFrom,
		@DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validTo, long version) {

	public static UnitForm empty() {
		return new UnitForm("", "", "", null, null, null, null, null, 0);
	}

	/** The form prefilled with a unit's stored values and version, for editing. */
	static UnitForm of(UnitView view) {
		UnitRow unit = view.unit();
		return new UnitForm(unit.code(), unit.name(), unit.shortName(), unit.type(), unit.peerGroupId(),
				unit.provinceId(), unit.validFrom(), unit.validTo(), view.version());
	}

	/** The same form carrying another version, for writes that follow the stored one. */
	UnitForm withVersion(long version) {
		return new UnitForm(this.code, this.name, this.shortName, this.type, this.peerGroupId, this.provinceId,
				this.validFrom, this.validTo, version);
	}

	UnitDetails details() {
		if (this.type == null || this.peerGroupId == null || this.provinceId == null) {
			throw new IllegalStateException("validated form lacks required fields");
		}
		return new UnitDetails(this.name, this.shortName, this.type, this.peerGroupId, this.provinceId, this.validFrom,
				this.validTo);
	}

}
