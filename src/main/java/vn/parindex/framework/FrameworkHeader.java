package vn.parindex.framework;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * What a framework is for: the year and the unit types it scores.
 *
 * @param year the evaluated year
 * @param unitTypes the unit types scored with it, such as WARD and COMMUNE
 * @param nameVi the Vietnamese title
 * @param nameEn the English title, if any
 * @param illustrative whether it is demo content rather than the legal text
 */
public record FrameworkHeader(int year, List<UnitType> unitTypes, String nameVi, @Nullable String nameEn,
		boolean illustrative) {

	public FrameworkHeader {
		unitTypes = unitTypes.stream().distinct().sorted(Comparator.naturalOrder()).toList();
	}

	/** The unit types as one key, such as {@code WARD,COMMUNE}. */
	public String scope() {
		return String.join(",", this.unitTypes.stream().map(Enum::name).toList());
	}

	public FrameworkHeader withYear(int newYear) {
		return new FrameworkHeader(newYear, this.unitTypes, this.nameVi, this.nameEn, this.illustrative);
	}

}
