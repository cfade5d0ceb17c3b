package vn.parindex.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * The form for a new, empty framework: year, unit types and title.
 */
record NewFrameworkForm(@Nullable String year, @Nullable List<String> unitTypes, @Nullable String nameVi,
		@Nullable String nameEn) {

	static NewFrameworkForm blank(int year) {
		return new NewFrameworkForm(String.valueOf(year), List.of(), "", "");
	}

	/** Message keys of what is wrong, by field; empty when the form is complete. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (FrameworkListing.year(this.year) == null) {
			problems.put("year", "framework.clone.year-invalid");
		}
		if (types().isEmpty()) {
			problems.put("unitTypes", "framework.new.unit-types-required");
		}
		if (this.nameVi == null || this.nameVi.isBlank()) {
			problems.put("nameVi", "framework.new.name-required");
		}
		return problems;
	}

	FrameworkHeader header() {
		String english = (this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn.trim() : null;
		Integer parsed = FrameworkListing.year(this.year);
		return new FrameworkHeader((parsed != null) ? parsed : 0, types(),
				(this.nameVi != null) ? this.nameVi.trim() : "", english, false);
	}

	List<UnitType> types() {
		if (this.unitTypes == null) {
			return List.of();
		}
		return this.unitTypes.stream()
			.filter((code) -> java.util.Arrays.stream(UnitType.values()).anyMatch((type) -> type.name().equals(code)))
			.map(UnitType::valueOf)
			.toList();
	}

}
