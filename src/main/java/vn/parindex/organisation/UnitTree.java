package vn.parindex.organisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listed units grouped by province, then by unit type, as the unit list shows them.
 *
 * @param count how many units are listed
 * @param provinces the groups in the order of the list (by province code)
 */
record UnitTree(int count, List<ProvinceBranch> provinces) {

	static UnitTree of(List<UnitRow> rows) {
		Map<Long, List<UnitRow>> byProvince = new LinkedHashMap<>();
		rows.forEach((row) -> byProvince.computeIfAbsent(row.provinceId(), (id) -> new ArrayList<>()).add(row));
		List<ProvinceBranch> provinces = new ArrayList<>();
		byProvince.values().forEach((units) -> provinces.add(ProvinceBranch.of(units)));
		return new UnitTree(rows.size(), provinces);
	}

	/** The units of one province, by unit type in the order of {@link UnitType}. */
	record ProvinceBranch(String code, String name, int count, List<TypeBranch> types) {

		static ProvinceBranch of(List<UnitRow> units) {
			Map<UnitType, List<UnitRow>> byType = new EnumMap<>(UnitType.class);
			units.forEach((row) -> byType.computeIfAbsent(row.type(), (type) -> new ArrayList<>()).add(row));
			List<TypeBranch> types = new ArrayList<>();
			byType.forEach((type, rows) -> types.add(new TypeBranch(type, rows)));
			UnitRow first = units.get(0);
			return new ProvinceBranch(first.provinceCode(), first.provinceName(), units.size(), types);
		}

	}

	record TypeBranch(UnitType type, List<UnitRow> units) {
	}

}
