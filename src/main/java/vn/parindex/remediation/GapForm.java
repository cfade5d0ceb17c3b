package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import vn.parindex.scoring.SimulationRejectedException;

/**
 * The simulator's form: one field {@code points[<leaf code>]} per leaf, a number with a
 * dot or a comma for decimals; an empty field keeps the published points.
 */
final class GapForm {

	static final String NOT_A_NUMBER = "remediation.gaps.simulate.number";

	private static final String PREFIX = "points[";

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}([.,]\\d{1,9})?");

	private GapForm() {
	}

	/** The points typed, by leaf code. */
	static Map<String, BigDecimal> points(Map<String, String> form) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		values(form).forEach((code, raw) -> {
			if (!raw.isEmpty()) {
				if (!NUMBER.matcher(raw).matches()) {
					throw new SimulationRejectedException(NOT_A_NUMBER, code);
				}
				points.put(code, new BigDecimal(raw.replace(',', '.')));
			}
		});
		return points;
	}

	/** The raw values typed, by leaf code, to show them again. */
	static Map<String, String> values(Map<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(PREFIX) && name.endsWith("]") && name.length() > PREFIX.length() + 1) {
				values.put(name.substring(PREFIX.length(), name.length() - 1), value.trim());
			}
		});
		return values;
	}

}
