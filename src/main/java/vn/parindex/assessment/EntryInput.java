package vn.parindex.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import vn.parindex.framework.rule.RuleInput;
import vn.parindex.framework.rule.RuleInputForm;

/**
 * What the unit typed for one leaf.
 *
 * @param rule the inputs its rule reads
 * @param explanation the explanation (thuyết minh), null when blank
 * @param naClaimed whether the unit claims the leaf does not apply to it
 * @param naReason why, null when blank
 */
public record EntryInput(RuleInput rule, @Nullable String explanation, boolean naClaimed, @Nullable String naReason) {

	public EntryInput {
		explanation = blankToNull(explanation);
		naReason = blankToNull(naReason);
	}

	/**
	 * Reads a posted leaf form: the rule inputs as {@link RuleInputForm} names them, plus
	 * {@code explanation}, {@code naClaimed} and {@code naReason}.
	 */
	public static EntryInput read(MultiValueMap<String, String> params) {
		return new EntryInput(RuleInputForm.read(params), params.getFirst("explanation"),
				Boolean.parseBoolean(params.getFirst("naClaimed")), params.getFirst("naReason"));
	}

	static @Nullable String eventsText(Map<String, Integer> events) {
		if (events.isEmpty()) {
			return null;
		}
		return events.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(";"));
	}

	static Map<String, Integer> parseEvents(@Nullable String text) {
		Map<String, Integer> events = new LinkedHashMap<>();
		if (text != null) {
			for (String pair : text.split(";")) {
				int at = pair.indexOf('=');
				if (at > 0) {
					events.put(pair.substring(0, at), Integer.valueOf(pair.substring(at + 1)));
				}
			}
		}
		return events;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
