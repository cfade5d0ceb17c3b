package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.parindex.framework.rule.Num;

/**
 * A rule's scalar parameters as one line of text, {@code metric=…; base=100; target=80},
 * for the Excel format. Survey weights read {@code option_weights=A:100,B:60}; a value
 * holding a semicolon or a quote is written in double quotes. Tiers and penalty events
 * have sheets of their own and are left out.
 */
final class RuleParamsText {

	static final String WEIGHTS = "option_weights";

	private RuleParamsText() {
	}

	static String format(Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		params.forEach((key, value) -> {
			if (!key.equals("tiers") && !key.equals("events")) {
				parts.add(key + "=" + value(value));
			}
		});
		return String.join("; ", parts);
	}

	private static String value(Object value) {
		if (value instanceof BigDecimal decimal) {
			return Num.text(decimal);
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + ":" + value(entry.getValue()))
				.collect(Collectors.joining(","));
		}
		String text = String.valueOf(value);
		boolean quote = text.isEmpty() || text.contains(";") || text.contains("\"") || !text.equals(text.strip());
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/**
	 * The parameters of {@code text}, values as text for {@code Rule.of} to read.
	 * @throws IllegalArgumentException when a part is not {@code key=value}
	 */
	static Map<String, Object> parse(String text) {
		Map<String, Object> params = new LinkedHashMap<>();
		for (String part : split(text)) {
			int equals = part.indexOf('=');
			String key = (equals > 0) ? part.substring(0, equals).strip() : "";
			if (key.isEmpty() || key.contains("\"")) {
				throw new IllegalArgumentException(part);
			}
			String value = unquote(part.substring(equals + 1).strip());
			params.put(key, key.equals(WEIGHTS) ? weights(value) : value);
		}
		return params;
	}

	private static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == ';' && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
				continue;
			}
			quoted ^= c == '"';
			part.append(c);
		}
		if (quoted) {
			throw new IllegalArgumentException(text);
		}
		parts.add(part.toString());
		return parts.stream().filter((item) -> !item.isBlank()).map(String::strip).toList();
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1).replace("\"\"", "\"");
		}
		if (value.contains("\"")) {
			throw new IllegalArgumentException(value);
		}
		return value;
	}

	private static Map<String, Object> weights(String value) {
		Map<String, Object> weights = new LinkedHashMap<>();
		for (String entry : value.split(",")) {
			int colon = entry.indexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException(entry);
			}
			weights.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
		}
		return weights;
	}

}
