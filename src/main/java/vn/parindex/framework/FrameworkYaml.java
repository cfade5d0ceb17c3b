package vn.parindex.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.parindex.framework.rule.Num;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The YAML format of a framework, as in {@code demo-data/framework-*.yaml}: a
 * {@code framework} map with settings, {@code classification_bands} and {@code fields →
 * criteria → sub_criteria}. Reading reports every bad entry with its path and rejects the
 * file; writing gives a file that reads back to the same framework.
 */
final class FrameworkYaml {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final List<ImportError> errors = new ArrayList<>();

	private final List<NodeDefinition> nodes = new ArrayList<>();

	private FrameworkYaml() {
	}

	/**
	 * The framework in the file; {@code year} is used when the file names none.
	 * @throws ImportRejectedException listing every bad entry
	 */
	static FrameworkDefinition read(InputStream in, @Nullable Integer year) {
		Object document;
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw reject("import.too-large", MAX_BYTES / 1024 / 1024);
			}
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			document = new Yaml(new SafeConstructor(options))
				.load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (YAMLException ex) {
			throw reject("framework.import.not-yaml");
		}
		if (!(document instanceof Map<?, ?> root) || !(root.get("framework") instanceof Map<?, ?> framework)) {
			throw reject("framework.import.no-framework");
		}
		return new FrameworkYaml().framework(framework, year);
	}

	private static ImportRejectedException reject(String key, Object... arguments) {
		return new ImportRejectedException(List.of(new ImportError(1, "framework", key, arguments)));
	}

	private FrameworkDefinition framework(Map<?, ?> yaml, @Nullable Integer fallbackYear) {
		FrameworkHeader header = header(yaml, fallbackYear);
		FrameworkSettings settings = settings(yaml);
		List<Band> bands = bands(yaml);
		List<Map<?, ?>> fields = maps(yaml.get("fields"), "fields");
		for (int i = 0; i < fields.size(); i++) {
			node(fields.get(i), null, false, "fields[" + (i + 1) + "]");
		}
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors);
		}
		FrameworkDefinition definition = new FrameworkDefinition(header, settings, bands, this.nodes);
		List<ImportError> invalid = FrameworkValidation.check(definition)
			.stream()
			.map((issue) -> new ImportError(0, issue.nodeCode().isEmpty() ? "framework" : issue.nodeCode(),
					issue.messageKey(), issue.argumentArray()))
			.toList();
		if (!invalid.isEmpty()) {
			throw new ImportRejectedException(invalid);
		}
		return definition;
	}

	private FrameworkHeader header(Map<?, ?> yaml, @Nullable Integer fallbackYear) {
		Integer year = integer(yaml.get("year"), "framework.year");
		if (year == null) {
			year = fallbackYear;
		}
		if (year == null || year < 2000 || year > 2100) {
			error("framework.year", "framework.import.year-missing");
			year = 0;
		}
		List<UnitType> types = unitTypes(yaml.get("applies_to_unit_types"), "framework.applies_to_unit_types");
		if (types.isEmpty()) {
			error("framework.applies_to_unit_types", "framework.import.unit-types-missing");
		}
		String name = text(yaml.get("name_vi"));
		if (name == null) {
			error("framework.name_vi", "framework.import.required", "name_vi");
			name = "";
		}
		return new FrameworkHeader(year, types, name, text(yaml.get("name_en")),
				Boolean.TRUE.equals(yaml.get("illustrative")));
	}

	private FrameworkSettings settings(Map<?, ?> yaml) {
		FrameworkSettings standard = FrameworkSettings.standard();
		Map<?, ?> parts = map(yaml.get("parts"));
		Map<?, ?> bonus = map(yaml.get("bonus_penalty"));
		String apply = text(bonus.get("apply"));
		BonusStage stage = standard.bonusStage();
		if (apply != null && !apply.equals("configurable")) {
			try {
				stage = BonusStage.valueOf(apply.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error("framework.bonus_penalty.apply", "framework.import.value-unknown", apply);
			}
		}
		Object tieBreak = yaml.get("tie_break");
		List<String> order = (tieBreak instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: standard.tieBreak();
		BigDecimal scale = decimal(yaml.get("scale_max"), "framework.scale_max");
		Integer decimals = integer(yaml.get("decimals"), "framework.decimals");
		return new FrameworkSettings((scale != null) ? scale : standard.scaleMax(),
				decimal(parts.get("self_assessment"), "framework.parts.self_assessment"),
				decimal(parts.get("survey"), "framework.parts.survey"),
				orZero(decimal(bonus.get("bonus_cap"), "framework.bonus_penalty.bonus_cap")),
				orZero(decimal(bonus.get("penalty_cap"), "framework.bonus_penalty.penalty_cap")), stage,
				!Boolean.FALSE.equals(yaml.get("cap_at_scale")), (decimals != null) ? decimals : 2, order);
	}

	private List<Band> bands(Map<?, ?> yaml) {
		List<Band> bands = new ArrayList<>();
		List<Map<?, ?>> entries = maps(map(yaml.get("classification_bands")).get("bands"), "classification_bands");
		for (int i = 0; i < entries.size(); i++) {
			Map<?, ?> band = entries.get(i);
			String path = "classification_bands.bands[" + (i + 1) + "]";
			BigDecimal min = decimal(band.get("min"), path + ".min");
			String code = text(band.get("code"));
			String label = text(band.get("label_vi"));
			if (min == null || code == null || label == null) {
				error(path, "framework.import.band-incomplete");
				continue;
			}
			String english = text(band.get("label_en"));
			bands.add(new Band(code, label, (english != null) ? english : label, min,
					!Boolean.FALSE.equals(band.get("min_inclusive"))));
		}
		return bands;
	}

	private void node(Map<?, ?> yaml, @Nullable String parent, boolean parentOutside, String path) {
		String code = text(yaml.get("code"));
		String name = text(yaml.get("name_vi"));
		if (code == null) {
			error(path, "framework.import.required", "code");
			return;
		}
		String where = path + " (" + code + ")";
		if (name == null) {
			error(where, "framework.import.required", "name_vi");
		}
		boolean outside = parentOutside || Boolean.TRUE.equals(yaml.get("outside_scale"));
		BigDecimal max = decimal(yaml.get("max_points"), where + ".max_points");
		Object childList = (yaml.get("criteria") != null) ? yaml.get("criteria") : yaml.get("sub_criteria");
		List<Map<?, ?>> children = maps(childList, where);
		boolean leaf = children.isEmpty();
		Map<String, Object> params = new LinkedHashMap<>();
		map(yaml.get("params")).forEach((key, value) -> params.put(String.valueOf(key), value));
		String dataFeed = text(params.remove("data_feed"));
		params.remove("start_points");
		this.nodes.add(new NodeDefinition(code, parent, (name != null) ? name : "", text(yaml.get("name_en")),
				text(yaml.get("guidance")), max, outside, text(yaml.get("appraising_unit")),
				leaf ? source(yaml.get("source"), where) : null,
				leaf ? rule(yaml.get("rule_type"), params, where) : null,
				Boolean.TRUE.equals(yaml.get("evidence_required")), Boolean.TRUE.equals(yaml.get("na_allowed")),
				text(yaml.get("na_condition")), unitTypes(yaml.get("applies_to"), where + ".applies_to"), dataFeed));
		for (int i = 0; i < children.size(); i++) {
			node(children.get(i), code, outside,
					path + "." + ((parent == null) ? "criteria" : "sub_criteria") + "[" + (i + 1) + "]");
		}
	}

	private @Nullable Source source(@Nullable Object value, String where) {
		String text = text(value);
		if (text == null) {
			error(where, "framework.import.required", "source");
			return null;
		}
		try {
			return Source.fromCode(text);
		}
		catch (IllegalArgumentException ex) {
			error(where, "framework.import.value-unknown", text);
			return null;
		}
	}

	private @Nullable Rule rule(@Nullable Object value, Map<String, Object> params, String where) {
		String text = text(value);
		if (text == null) {
			error(where, "framework.import.required", "rule_type");
			return null;
		}
		try {
			return Rule.of(RuleType.fromCode(text), params);
		}
		catch (IllegalArgumentException ex) {
			error(where, "framework.import.value-unknown", text);
		}
		catch (BusinessRuleException ex) {
			error(where, ex.messageKey(), ex.arguments());
		}
		return null;
	}

	private List<UnitType> unitTypes(@Nullable Object value, String where) {
		List<UnitType> types = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				try {
					types.add(UnitType.valueOf(String.valueOf(item).trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					error(where, "framework.import.value-unknown", item);
				}
			}
		}
		return types;
	}

	private void error(String where, String key, Object... arguments) {
		this.errors.add(new ImportError(0, where, key, arguments));
	}

	private @Nullable BigDecimal decimal(@Nullable Object value, String where) {
		try {
			return Num.ofNullable(value);
		}
		catch (NumberFormatException ex) {
			error(where, "framework.import.not-a-number", value);
			return null;
		}
	}

	private @Nullable Integer integer(@Nullable Object value, String where) {
		BigDecimal decimal = decimal(value, where);
		return (decimal != null) ? decimal.intValue() : null;
	}

	private static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null && !value.toString().isBlank()) ? value.toString().trim() : null;
	}

	private static Map<?, ?> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	private List<Map<?, ?>> maps(@Nullable Object value, String where) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || list.stream().anyMatch((item) -> !(item instanceof Map))) {
			error(where, "framework.import.not-a-list");
			return List.of();
		}
		return list.stream().<Map<?, ?>>map((item) -> (Map<?, ?>) item).toList();
	}

}
