package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * Rule inputs as typed in a form (the "try it" box, the self-assessment workspace):
 * {@code met}, {@code numerator}, {@code denominator}, {@code value}, {@code count},
 * {@code points}, {@code surveyIndex} and {@code event.<code>} per penalty event. A
 * ticked box sends {@code met=true}; {@code metShown} tells an unticked box from a
 * missing one.
 */
public final class RuleInputForm {

	public static final String EVENT = "event.";

	private final MultiValueMap<String, String> params;

	private RuleInputForm(MultiValueMap<String, String> params) {
		this.params = params;
	}

	/**
	 * The rule input typed.
	 * @throws RuleInputException when a number cannot be read
	 */
	public static RuleInput read(MultiValueMap<String, String> params) {
		RuleInputForm input = new RuleInputForm(params);
		return new RuleInput(input.met(), input.decimal("numerator", RuleInputKind.NUMERATOR),
				input.decimal("denominator", RuleInputKind.DENOMINATOR), input.decimal("value", RuleInputKind.VALUE),
				count(params.getFirst("count"), RuleInputKind.COUNT), input.decimal("points", RuleInputKind.POINTS),
				input.events(), input.decimal("surveyIndex", RuleInputKind.SURVEY_INDEX));
	}

	private @Nullable Boolean met() {
		if (this.params.containsKey("met")) {
			return Boolean.parseBoolean(this.params.getFirst("met"));
		}
		return this.params.containsKey("metShown") ? Boolean.FALSE : null;
	}

	private @Nullable BigDecimal decimal(String name, RuleInputKind kind) {
		String value = this.params.getFirst(name);
		try {
			return decimal(value);
		}
		catch (NumberFormatException ex) {
			throw new RuleInputException("framework.try.not-a-number", label(kind), String.valueOf(value).trim());
		}
	}

	private static @Nullable Integer count(@Nullable String value, RuleInputKind kind) {
		BigDecimal count;
		try {
			count = decimal(value);
		}
		catch (NumberFormatException ex) {
			throw new RuleInputException("framework.try.not-a-number", label(kind), String.valueOf(value).trim());
		}
		if (count == null) {
			return null;
		}
		try {
			return count.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new RuleInputException("framework.try.not-a-whole-number", label(kind), String.valueOf(value).trim());
		}
	}

	/**
	 * The number typed, Vietnamese ({@code 2,5}, {@code 1.234,5}) or plain ({@code 2.5});
	 * null when blank.
	 * @throws NumberFormatException when the text is not a number
	 */
	public static @Nullable BigDecimal decimal(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		String plain = text.contains(",") ? text.replace(".", "").replace(',', '.') : text;
		return Num.of(new BigDecimal(plain.replace(" ", "")));
	}

	/** The input's name in the reader's language, from {@code framework.input.<kind>}. */
	private static MessageSourceResolvable label(RuleInputKind kind) {
		return new DefaultMessageSourceResolvable(
				new String[] { "framework.input." + kind.name().toLowerCase(Locale.ROOT) }, kind.name());
	}

	private Map<String, Integer> events() {
		Map<String, Integer> events = new LinkedHashMap<>();
		this.params.forEach((key, values) -> {
			if (key.startsWith(EVENT) && !values.isEmpty()) {
				Integer cases = count(values.get(0), RuleInputKind.EVENTS);
				if (cases != null) {
					events.put(key.substring(EVENT.length()), cases);
				}
			}
		});
		return events;
	}

}
