package vn.parindex.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;

/**
 * A rule as two columns: its type and its parameters as JSON, with decimals kept exact.
 */
final class RuleColumns {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private RuleColumns() {
	}

	static @Nullable String params(@Nullable Rule rule) {
		return (rule != null) ? JSON.writeValueAsString(rule.params()) : null;
	}

	@SuppressWarnings("unchecked")
	static @Nullable Rule rule(@Nullable String type, @Nullable String params) {
		if (type == null) {
			return null;
		}
		Map<String, Object> map = (params != null) ? JSON.readValue(params, LinkedHashMap.class) : Map.of();
		return Rule.of(RuleType.valueOf(type), map);
	}

}
