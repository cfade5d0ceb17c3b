package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * Reads a YAML framework's header, settings and bands, recording every bad entry.
 */
final class FrameworkYamlSettings {

	private FrameworkYamlSettings() {
	}

	static FrameworkHeader header(Map<?, ?> yaml, @Nullable Integer fallbackYear, YamlValues v) {
		Integer year = v.integer(yaml.get("year"), "framework.year");
		if (year == null) {
			year = fallbackYear;
		}
		if (year == null || year < 2000 || year > 2100) {
			v.error("framework.year", "framework.import.year-missing");
			year = 0;
		}
		List<UnitType> types = v.unitTypes(yaml.get("applies_to_unit_types"), "framework.applies_to_unit_types");
		if (types.isEmpty()) {
			v.error("framework.applies_to_unit_types", "framework.import.unit-types-missing");
		}
		String name = YamlValues.text(yaml.get("name_vi"));
		if (name == null) {
			v.error("framework.name_vi", "framework.import.required", "name_vi");
			name = "";
		}
		return new FrameworkHeader(year, types, name, YamlValues.text(yaml.get("name_en")),
				Boolean.TRUE.equals(yaml.get("illustrative")));
	}

	static FrameworkSettings settings(Map<?, ?> yaml, YamlValues v) {
		FrameworkSettings standard = FrameworkSettings.standard();
		Map<?, ?> parts = YamlValues.map(yaml.get("parts"));
		Map<?, ?> bonus = YamlValues.map(yaml.get("bonus_penalty"));
		String apply = YamlValues.text(bonus.get("apply"));
		BonusStage stage = standard.bonusStage();
		if (apply != null && !apply.equals("configurable")) {
			try {
				stage = BonusStage.valueOf(apply.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				v.error("framework.bonus_penalty.apply", "framework.import.value-unknown", apply);
			}
		}
		Object tieBreak = yaml.get("tie_break");
		List<String> order = (tieBreak instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: standard.tieBreak();
		BigDecimal scale = v.decimal(yaml.get("scale_max"), "framework.scale_max");
		Integer decimals = v.integer(yaml.get("decimals"), "framework.decimals");
		return new FrameworkSettings((scale != null) ? scale : standard.scaleMax(),
				v.decimal(parts.get("self_assessment"), "framework.parts.self_assessment"),
				v.decimal(parts.get("survey"), "framework.parts.survey"),
				YamlValues.orZero(v.decimal(bonus.get("bonus_cap"), "framework.bonus_penalty.bonus_cap")),
				YamlValues.orZero(v.decimal(bonus.get("penalty_cap"), "framework.bonus_penalty.penalty_cap")), stage,
				!Boolean.FALSE.equals(yaml.get("cap_at_scale")), (decimals != null) ? decimals : 2, order);
	}

	static List<Band> bands(Map<?, ?> yaml, YamlValues v) {
		List<Band> bands = new ArrayList<>();
		List<Map<?, ?>> entries = v.maps(YamlValues.map(yaml.get("classification_bands")).get("bands"),
				"classification_bands");
		for (int i = 0; i < entries.size(); i++) {
			Map<?, ?> band = entries.get(i);
			String path = "classification_bands.bands[" + (i + 1) + "]";
			BigDecimal min = v.decimal(band.get("min"), path + ".min");
			String code = YamlValues.text(band.get("code"));
			String label = YamlValues.text(band.get("label_vi"));
			if (min == null || code == null || label == null) {
				v.error(path, "framework.import.band-incomplete");
				continue;
			}
			String english = YamlValues.text(band.get("label_en"));
			bands.add(new Band(code, label, (english != null) ? english : label, min,
					!Boolean.FALSE.equals(band.get("min_inclusive"))));
		}
		return bands;
	}

}
