package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.PenaltyRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleParamsException;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.SurveyRule;
import vn.parindex.framework.rule.TieredRule;

/**
 * The parameter fields of a leaf's rule as typed; only the fields of the chosen rule type
 * are read. {@link #params(RuleType)} builds the map {@link Rule#of} reads.
 *
 * @param metric TIERED_RATIO, COUNT_TIERS, PROPORTIONAL: what is measured
 * @param tiers TIERED_RATIO, COUNT_TIERS: the tiers
 * @param elsePoints TIERED_RATIO, COUNT_TIERS: the points when no tier matches
 * @param base PROPORTIONAL: the value earning the maximum without a target
 * @param target PROPORTIONAL: the value already earning the maximum
 * @param step MANUAL_RANGE: the step of the points
 * @param event DEDUCTION: what counts as an occurrence
 * @param perEvent DEDUCTION, BONUS: the points per occurrence
 * @param floor DEDUCTION: the lowest result
 * @param instrument SURVEY: the questionnaire
 * @param result SURVEY: {@code sipas_percent} or {@code mean_option_weight}
 * @param optionWeights SURVEY: {@code A:100, B:60, C:20, D:0}
 * @param cap BONUS, PENALTY: the cap
 * @param events PENALTY: the kinds of violation
 */
record RuleForm(@Nullable String metric, @Nullable List<TierRow> tiers, @Nullable String elsePoints,
		@Nullable String base, @Nullable String target, @Nullable String step, @Nullable String event,
		@Nullable String perEvent, @Nullable String floor, @Nullable String instrument, @Nullable String result,
		@Nullable String optionWeights, @Nullable String cap, @Nullable List<EventRow> events) {

	/** Blank rows shown after the stored tiers and events, for adding without script. */
	static final int BLANK_ROWS = 2;

	/** The choices of a manual range's step. */
	static final List<String> STEPS = List.of("0,25", "0,5", "1");

	static RuleForm blank() {
		return new RuleForm(null, List.of(), "0", "100", null, "0,5", null, null, "0", null, null, null, null,
				List.of());
	}

	static RuleForm of(@Nullable Rule rule) {
		if (rule == null) {
			return blank();
		}
		Map<String, Object> p = rule.params();
		List<TierRow> tiers = (rule instanceof TieredRule tiered) ? tiered.tiers().stream().map(TierRow::of).toList()
				: List.of();
		List<EventRow> events = (rule instanceof PenaltyRule penalty)
				? penalty.events().stream().map(EventRow::of).toList() : List.of();
		String weights = (rule instanceof SurveyRule survey) ? weights(survey.optionWeights()) : null;
		return new RuleForm(text(p, "metric"), tiers, number(p, "else_points"), number(p, "base"), number(p, "target"),
				number(p, "step"), text(p, "event"), number(p, "per_event"), number(p, "floor"), text(p, "instrument"),
				text(p, "result"), weights, number(p, "cap"), events);
	}

	/** The tiers as typed, then blank rows to add more. */
	public List<TierRow> tierRows() {
		List<TierRow> rows = new ArrayList<>(FormRow.present(this.tiers));
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(TierRow.blank());
		}
		return rows;
	}

	/** The penalty events as typed, then blank rows to add more. */
	public List<EventRow> eventRows() {
		List<EventRow> rows = new ArrayList<>(FormRow.present(this.events));
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(EventRow.blank());
		}
		return rows;
	}

	/**
	 * The parameters of a rule of {@code type}, as the YAML format writes them.
	 * @throws RuleParamsException when a number cannot be read
	 */
	Map<String, Object> params(RuleType type) {
		FormParams params = new FormParams();
		switch (type) {
			case TIERED_RATIO,
					COUNT_TIERS ->
				params.text("metric", this.metric)
					.put("tiers", FormRow.present(this.tiers).stream().map(TierRow::params).toList())
					.number("else_points", this.elsePoints);
			case PROPORTIONAL ->
				params.text("metric", this.metric).number("base", this.base).number("target", this.target);
			case MANUAL_RANGE -> params.number("step", this.step);
			case DEDUCTION ->
				params.text("event", this.event).number("per_event", this.perEvent).number("floor", this.floor);
			case SURVEY ->
				params.text("instrument", this.instrument).text("result", this.result).weights(this.optionWeights);
			case BONUS -> params.number("per_event", this.perEvent).number("cap", this.cap);
			case PENALTY -> params.put("events", FormRow.present(this.events).stream().map(EventRow::params).toList())
				.number("cap", this.cap);
			case BINARY -> {
			}
		}
		return params.map();
	}

	private static String weights(Map<String, BigDecimal> weights) {
		List<String> pairs = new ArrayList<>();
		weights.forEach((option, weight) -> pairs.add(option + ":" + FormText.show(weight)));
		return String.join(", ", pairs);
	}

	private static @Nullable String text(Map<String, Object> params, String key) {
		Object value = params.get(key);
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable String number(Map<String, Object> params, String key) {
		Object value = params.get(key);
		return (value instanceof BigDecimal decimal) ? FormText.show(decimal) : null;
	}

}
