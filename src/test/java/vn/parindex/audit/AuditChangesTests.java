package vn.parindex.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.audit.AuditChanges.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit screen shows what changed, field by field, instead of two JSON blobs.
 */
class AuditChangesTests {

	final AuditChanges changes = new AuditChanges(JsonMapper.builder().build());

	@Test
	void listsOnlyTheTopLevelFieldsThatDiffer() {
		assertThat(this.changes.diff("{\"code\":\"A\",\"name\":\"Cũ\",\"type\":\"WARD\"}",
				"{\"code\":\"A\",\"name\":\"Mới\",\"type\":\"COMMUNE\"}"))
			.containsExactly(new FieldChange("name", "Cũ", "Mới"), new FieldChange("type", "WARD", "COMMUNE"));
	}

	@Test
	void showsEveryFieldOfACreationAsNew() {
		assertThat(this.changes.diff(null, "{\"code\":\"A\",\"validTo\":null,\"lineage\":[]}"))
			.containsExactly(new FieldChange("code", null, "A"), new FieldChange("lineage", null, "[]"));
	}

	@Test
	void writesNestedValuesAsCompactJson() {
		assertThat(this.changes.diff("{\"lineage\":[]}", "{\"lineage\":[{\"id\":1}],\"extra\":2}"))
			.containsExactly(new FieldChange("lineage", "[]", "[{\"id\":1}]"), new FieldChange("extra", null, "2"));
	}

	@Test
	void comparesValuesThatAreNotObjectsAsAWhole() {
		assertThat(this.changes.diff("1", "2")).containsExactly(new FieldChange(null, "1", "2"));
		assertThat(this.changes.diff(null, null)).isEmpty();
		assertThat(this.changes.diff("{\"a\":1}", "{\"a\":1}")).isEmpty();
	}

	@Test
	void summarisesChangedFieldNamesAndCutsLongLists() {
		AuditEntry entry = new AuditEntry(1, Instant.EPOCH, "admin", null, null, "UPDATE", "org-unit", "1", null, null,
				null, null);
		List<FieldChange> six = List.of("a", "b", "c", "d", "e", "f")
			.stream()
			.map((name) -> new FieldChange(name, null, "1"))
			.toList();
		assertThat(new AuditRow(entry, six.subList(0, 2)).summary()).isEqualTo("a, b");
		assertThat(new AuditRow(entry, six).summary()).isEqualTo("a, b, c, d, … (+2)");
	}

}
