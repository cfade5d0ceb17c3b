package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.FrameworkDiff.Kind;
import vn.parindex.framework.rule.BinaryRule;
import vn.parindex.framework.rule.ManualRangeRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FrameworkDiffTests {

	@Test
	void identicalVersionsHaveNoChanges() {
		FrameworkDiff diff = FrameworkDiff.between(FrameworkValidationTests.valid(), FrameworkValidationTests.valid());
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.settingsChanged()).isFalse();
	}

	@Test
	void listsAddedRemovedAndChangedNodesAndTheMaxPointsThatMoved() {
		FrameworkDefinition older = FrameworkValidationTests.valid();
		FrameworkDefinition newer = FrameworkValidationTests.replace(older, "1.1.1",
				(n) -> n.withMaxPoints(new BigDecimal("34")));
		newer = newer.withNodeAdded(
				FrameworkValidationTests.node("1.1.3", "1.1", "2", Source.SELF_ASSESSMENT, new BinaryRule()));
		newer = FrameworkValidationTests.withRule(newer.withoutNode("3"), "1.2",
				new ManualRangeRule(new BigDecimal("0.25")));

		FrameworkDiff diff = FrameworkDiff.between(older, newer);

		assertThat(diff.changes()).extracting(FrameworkDiff.Change::code, FrameworkDiff.Change::kind)
			.containsExactlyInAnyOrder(tuple("1.1.1", Kind.CHANGED), tuple("1.1.3", Kind.ADDED),
					tuple("1.2", Kind.CHANGED), tuple("3", Kind.REMOVED), tuple("3.1", Kind.REMOVED),
					tuple("3.2", Kind.REMOVED));
		assertThat(diff.changes()).filteredOn((change) -> change.code().equals("1.2"))
			.singleElement()
			.satisfies((change) -> assertThat(change.attributes()).containsExactly("rule"));
		assertThat(diff.maxMoves())
			.extracting(FrameworkDiff.Change::code, (change) -> change.maxMoved().toPlainString())
			.containsExactlyInAnyOrder(tuple("1.1.1", "-2.00"), tuple("1.1.3", "2.00"));
		assertThat(diff.count(Kind.REMOVED)).isEqualTo(3);
		assertThat(diff.settingsChanged()).isFalse();
	}

	@Test
	void notesChangedSettingsAndBands() {
		FrameworkDefinition older = FrameworkValidationTests.valid();
		FrameworkDefinition newer = FrameworkValidationTests.withBands(older,
				List.of(FrameworkValidationTests.BANDS.get(2)));
		assertThat(FrameworkDiff.between(older, newer).settingsChanged()).isTrue();
	}

}
