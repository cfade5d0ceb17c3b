package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One tier of a tiered rule: the values from {@code from} to {@code to} earn
 * {@code points}; each bound is inclusive or exclusive, and a missing upper bound is
 * open. The file formats write bounds as {@code gte}/{@code gt} and
 * {@code lt}/{@code lte}.
 */
public record Tier(BigDecimal from, boolean fromInclusive, @Nullable BigDecimal to, boolean toInclusive,
		BigDecimal points) {

	public Tier {
		from = Num.of(from);
		to = (to != null) ? Num.of(to) : null;
		points = Num.of(points);
	}

	/** The usual tier {@code from ≤ value < to}. */
	public static Tier of(String from, @Nullable String to, String points) {
		return new Tier(new BigDecimal(from), true, (to != null) ? new BigDecimal(to) : null, false,
				new BigDecimal(points));
	}

	public boolean matches(BigDecimal value) {
		int low = value.compareTo(this.from);
		if (low < 0 || (low == 0 && !this.fromInclusive)) {
			return false;
		}
		if (this.to == null) {
			return true;
		}
		int high = value.compareTo(this.to);
		return high < 0 || (high == 0 && this.toInclusive);
	}

	/** The tier as the YAML format writes it: {@code {gte: 80, lt: 100, points: 1}}. */
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put(this.fromInclusive ? "gte" : "gt", this.from);
		if (this.to != null) {
			params.put(this.toInclusive ? "lte" : "lt", this.to);
		}
		params.put("points", this.points);
		return params;
	}

	/** A human label such as "80 ≤ x < 100". */
	public String label() {
		String low = Num.text(this.from) + (this.fromInclusive ? " ≤ x" : " < x");
		if (this.to == null) {
			return low;
		}
		return low + (this.toInclusive ? " ≤ " : " < ") + Num.text(this.to);
	}

}
