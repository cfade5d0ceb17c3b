package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Num;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.xlsx.ImportError;

/**
 * Typed reads of YAML values that record a located error instead of failing, so one pass
 * over a file reports every bad entry.
 */
final class YamlValues {

	private final List<ImportError> errors = new ArrayList<>();

	List<ImportError> errors() {
		return this.errors;
	}

	List<UnitType> unitTypes(@Nullable Object value, String where) {
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

	void error(String where, String key, Object... arguments) {
		this.errors.add(new ImportError(0, where, key, arguments));
	}

	@Nullable BigDecimal decimal(@Nullable Object value, String where) {
		try {
			return Num.ofNullable(value);
		}
		catch (NumberFormatException ex) {
			error(where, "framework.import.not-a-number", value);
			return null;
		}
	}

	@Nullable Integer integer(@Nullable Object value, String where) {
		BigDecimal decimal = decimal(value, where);
		return (decimal != null) ? decimal.intValue() : null;
	}

	static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	static @Nullable String text(@Nullable Object value) {
		return (value != null && !value.toString().isBlank()) ? value.toString().trim() : null;
	}

	static Map<?, ?> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	List<Map<?, ?>> maps(@Nullable Object value, String where) {
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
