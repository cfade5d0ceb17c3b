package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.RuleParamsException;

/**
 * Collects the parameters of a rule from form cells, leaving blank cells out and refusing
 * numbers that cannot be read with the parameter's name.
 */
final class FormParams {

	private final Map<String, Object> map = new LinkedHashMap<>();

	Map<String, Object> map() {
		return this.map;
	}

	FormParams put(String key, Object value) {
		this.map.put(key, value);
		return this;
	}

	FormParams text(String key, @Nullable String value) {
		String text = FormText.text(value);
		if (text != null) {
			this.map.put(key, text);
		}
		return this;
	}

	FormParams number(String key, @Nullable String value) {
		BigDecimal number = decimal(key, value);
		if (number != null) {
			this.map.put(key, number);
		}
		return this;
	}

	/**
	 * Option weights typed as {@code A:100, B:60, C:20, D:0}; a decimal comma inside a
	 * weight ({@code A:62,5}) is read as a decimal.
	 */
	FormParams weights(@Nullable String value) {
		String text = FormText.text(value);
		if (text == null) {
			return this;
		}
		Map<String, Object> weights = new LinkedHashMap<>();
		for (String pair : text.split("[;,]\\s*(?=[^,;:]*:)")) {
			String[] parts = pair.split(":", 2);
			BigDecimal weight = (parts.length == 2) ? decimal("option_weights", parts[1]) : null;
			if (parts[0].isBlank() || weight == null) {
				throw new RuleParamsException("framework.params.not-a-map", "option_weights");
			}
			weights.put(parts[0].trim(), weight);
		}
		this.map.put("option_weights", weights);
		return this;
	}

	private static @Nullable BigDecimal decimal(String key, @Nullable String value) {
		try {
			return FormText.decimal(value);
		}
		catch (NumberFormatException ex) {
			throw new RuleParamsException("framework.params.not-a-number", key, String.valueOf(value).trim());
		}
	}

}
