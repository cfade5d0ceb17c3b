package vn.parindex.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns an entry's old and new JSON into the fields that differ, so the screen shows what
 * changed instead of two blobs.
 */
@Component
class AuditChanges {

	private final JsonMapper json;

	AuditChanges(JsonMapper json) {
		this.json = json;
	}

	List<AuditRow> rows(List<AuditEntry> entries) {
		return entries.stream().map((entry) -> new AuditRow(entry, diff(entry.oldValue(), entry.newValue()))).toList();
	}

	/**
	 * The top-level fields whose values differ, in the order they appear; a side that is
	 * not a JSON object is compared as one value.
	 */
	List<FieldChange> diff(@Nullable String oldJson, @Nullable String newJson) {
		JsonNode before = parse(oldJson);
		JsonNode after = parse(newJson);
		if ((before == null || before.isObject()) && (after == null || after.isObject())) {
			return fieldsThatDiffer(before, after);
		}
		return Objects.equals(before, after) ? List.of() : List.of(new FieldChange(null, text(before), text(after)));
	}

	private static List<FieldChange> fieldsThatDiffer(@Nullable JsonNode before, @Nullable JsonNode after) {
		Set<String> names = new LinkedHashSet<>();
		if (before != null) {
			names.addAll(before.propertyNames());
		}
		if (after != null) {
			names.addAll(after.propertyNames());
		}
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			JsonNode old = field(before, name);
			JsonNode now = field(after, name);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(name, text(old), text(now)));
			}
		}
		return changes;
	}

	private @Nullable JsonNode parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			// jsonb only holds valid JSON; should a row hold anything else, show it raw.
			return this.json.getNodeFactory().stringNode(text);
		}
	}

	// A field absent on one side and null on the other did not change.
	private static @Nullable JsonNode field(@Nullable JsonNode object, String name) {
		JsonNode value = (object != null) ? object.get(name) : null;
		return (value == null || value.isNull() || value.isMissingNode()) ? null : value;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

	/**
	 * One changed field; a null name means the whole value, a null side means absent or
	 * null.
	 */
	record FieldChange(@Nullable String name, @Nullable String before, @Nullable String after) {
	}

}
