package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One kind of violation of a penalty rule.
 *
 * @param code the event code, such as {@code late_self_assessment}
 * @param nameVi its Vietnamese name
 * @param points the (negative) points it costs
 * @param perCase whether it costs the points for each case, or once however many
 */
public record PenaltyEvent(String code, @Nullable String nameVi, BigDecimal points, boolean perCase) {

	public PenaltyEvent {
		points = Num.of(points);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", this.code);
		if (this.nameVi != null) {
			params.put("name_vi", this.nameVi);
		}
		params.put("points", this.points);
		params.put("per_case", this.perCase);
		return params;
	}

}
