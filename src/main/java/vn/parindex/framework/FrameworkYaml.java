package vn.parindex.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
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

	private final YamlValues values = new YamlValues();

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
		FrameworkHeader header = FrameworkYamlSettings.header(yaml, fallbackYear, this.values);
		FrameworkSettings settings = FrameworkYamlSettings.settings(yaml, this.values);
		List<Band> bands = FrameworkYamlSettings.bands(yaml, this.values);
		List<Map<?, ?>> fields = this.values.maps(yaml.get("fields"), "fields");
		for (int i = 0; i < fields.size(); i++) {
			node(fields.get(i), null, false, "fields[" + (i + 1) + "]");
		}
		if (!this.values.errors().isEmpty()) {
			throw new ImportRejectedException(this.values.errors());
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

	private void node(Map<?, ?> yaml, @Nullable String parent, boolean parentOutside, String path) {
		String code = YamlValues.text(yaml.get("code"));
		String name = YamlValues.text(yaml.get("name_vi"));
		if (code == null) {
			this.values.error(path, "framework.import.required", "code");
			return;
		}
		String where = path + " (" + code + ")";
		if (name == null) {
			this.values.error(where, "framework.import.required", "name_vi");
		}
		boolean outside = parentOutside || Boolean.TRUE.equals(yaml.get("outside_scale"));
		BigDecimal max = this.values.decimal(yaml.get("max_points"), where + ".max_points");
		Object childList = (yaml.get("criteria") != null) ? yaml.get("criteria") : yaml.get("sub_criteria");
		List<Map<?, ?>> children = this.values.maps(childList, where);
		boolean leaf = children.isEmpty();
		Map<String, Object> params = new LinkedHashMap<>();
		YamlValues.map(yaml.get("params")).forEach((key, value) -> params.put(String.valueOf(key), value));
		String dataFeed = YamlValues.text(params.remove("data_feed"));
		params.remove("start_points");
		this.nodes.add(new NodeDefinition(code, parent, (name != null) ? name : "",
				YamlValues.text(yaml.get("name_en")), YamlValues.text(yaml.get("guidance")), max, outside,
				YamlValues.text(yaml.get("appraising_unit")), leaf ? source(yaml.get("source"), where) : null,
				leaf ? rule(yaml.get("rule_type"), params, where) : null,
				Boolean.TRUE.equals(yaml.get("evidence_required")), Boolean.TRUE.equals(yaml.get("na_allowed")),
				YamlValues.text(yaml.get("na_condition")),
				this.values.unitTypes(yaml.get("applies_to"), where + ".applies_to"), dataFeed));
		for (int i = 0; i < children.size(); i++) {
			node(children.get(i), code, outside,
					path + "." + ((parent == null) ? "criteria" : "sub_criteria") + "[" + (i + 1) + "]");
		}
	}

	private @Nullable Source source(@Nullable Object value, String where) {
		String text = YamlValues.text(value);
		if (text == null) {
			this.values.error(where, "framework.import.required", "source");
			return null;
		}
		try {
			return Source.fromCode(text);
		}
		catch (IllegalArgumentException ex) {
			this.values.error(where, "framework.import.value-unknown", text);
			return null;
		}
	}

	private @Nullable Rule rule(@Nullable Object value, Map<String, Object> params, String where) {
		String text = YamlValues.text(value);
		if (text == null) {
			this.values.error(where, "framework.import.required", "rule_type");
			return null;
		}
		try {
			return Rule.of(RuleType.fromCode(text), params);
		}
		catch (IllegalArgumentException ex) {
			this.values.error(where, "framework.import.value-unknown", text);
		}
		catch (BusinessRuleException ex) {
			this.values.error(where, ex.messageKey(), ex.arguments());
		}
		return null;
	}

}
