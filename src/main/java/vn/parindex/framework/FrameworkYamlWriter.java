package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import vn.parindex.framework.rule.Rule;

/**
 * Writes a framework in the YAML layout {@link FrameworkYaml} reads, so an exported file
 * imports back to the same framework.
 */
final class FrameworkYamlWriter {

	private FrameworkYamlWriter() {
	}

	static String write(FrameworkDefinition definition) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setWidth(120);
		return new Yaml(options).dump(Map.of("framework", plain(framework(definition))));
	}

	private static Map<String, Object> framework(FrameworkDefinition definition) {
		FrameworkHeader header = definition.header();
		FrameworkSettings settings = definition.settings();
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("year", header.year());
		yaml.put("name_vi", header.nameVi());
		putIfSet(yaml, "name_en", header.nameEn());
		yaml.put("illustrative", header.illustrative());
		yaml.put("applies_to_unit_types", header.unitTypes().stream().map(FrameworkYamlWriter::lower).toList());
		yaml.put("scale_max", settings.scaleMax());
		Map<String, Object> parts = new LinkedHashMap<>();
		putIfSet(parts, "self_assessment", settings.selfAssessmentTotal());
		putIfSet(parts, "survey", settings.surveyTotal());
		yaml.put("parts", parts);
		Map<String, Object> bonus = new LinkedHashMap<>();
		bonus.put("bonus_cap", settings.bonusCap());
		bonus.put("penalty_cap", settings.penaltyCap());
		bonus.put("apply", lower(settings.bonusStage()));
		yaml.put("bonus_penalty", bonus);
		yaml.put("cap_at_scale", settings.capAtScale());
		yaml.put("decimals", settings.decimals());
		yaml.put("tie_break", settings.tieBreak());
		yaml.put("classification_bands", Map.of("basis", "index_percent", "bands", bands(definition.bands())));
		yaml.put("fields", children(definition, null));
		return yaml;
	}

	private static List<Map<String, Object>> bands(List<Band> bands) {
		List<Map<String, Object>> list = new ArrayList<>();
		List<Band> ordered = bands.stream().sorted((a, b) -> b.lower().compareTo(a.lower())).toList();
		for (int i = 0; i < ordered.size(); i++) {
			Band band = ordered.get(i);
			Map<String, Object> yaml = new LinkedHashMap<>();
			yaml.put("code", band.code());
			yaml.put("label_vi", band.labelVi());
			yaml.put("label_en", band.labelEn());
			yaml.put("min", band.lower());
			if (!band.lowerInclusive()) {
				yaml.put("min_inclusive", false);
			}
			yaml.put("max", (i == 0) ? null : ordered.get(i - 1).lower());
			list.add(yaml);
		}
		return list;
	}

	private static List<Map<String, Object>> children(FrameworkDefinition definition, @Nullable String parent) {
		return definition.children(parent).stream().map((node) -> node(definition, node)).toList();
	}

	private static Map<String, Object> node(FrameworkDefinition definition, NodeDefinition node) {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("code", node.code());
		yaml.put("name_vi", node.nameVi());
		putIfSet(yaml, "name_en", node.nameEn());
		putIfSet(yaml, "guidance", node.guidance());
		putIfSet(yaml, "max_points", node.maxPoints());
		boolean parentOutside = node.parentCode() != null
				&& definition.node(node.parentCode()).map(NodeDefinition::outsideScale).orElse(false);
		if (node.outsideScale() && !parentOutside) {
			yaml.put("outside_scale", true);
		}
		putIfSet(yaml, "appraising_unit", node.appraisingUnitCode());
		List<Map<String, Object>> children = children(definition, node.code());
		if (!children.isEmpty()) {
			yaml.put((node.parentCode() == null) ? "criteria" : "sub_criteria", children);
			return yaml;
		}
		Rule rule = node.rule();
		if (rule != null) {
			yaml.put("rule_type", rule.type().code());
			Map<String, Object> params = new LinkedHashMap<>(rule.params());
			putIfSet(params, "data_feed", node.dataFeed());
			yaml.put("params", params);
		}
		if (node.source() != null) {
			yaml.put("source", node.source().code());
		}
		yaml.put("evidence_required", node.evidenceRequired());
		yaml.put("na_allowed", node.naAllowed());
		putIfSet(yaml, "na_condition", node.naCondition());
		if (!node.appliesTo().isEmpty()) {
			yaml.put("applies_to", node.appliesTo().stream().map(FrameworkYamlWriter::lower).toList());
		}
		return yaml;
	}

	private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** Numbers as YAML scalars: whole numbers as integers, others as decimals. */
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			BigDecimal stripped = decimal.stripTrailingZeros();
			return (stripped.scale() <= 0) ? (Object) stripped.longValueExact() : (Object) stripped.doubleValue();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key, plain(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(FrameworkYamlWriter::plain).toList();
		}
		return value;
	}

}
