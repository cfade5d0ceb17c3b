package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;
import vn.parindex.framework.BonusStage;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkHeader;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.rule.BonusRule;
import vn.parindex.framework.rule.ManualRangeRule;
import vn.parindex.organisation.UnitType;

/**
 * Small frameworks and units built in code for the scoring tests and benchmark.
 */
final class ScoringFixtures {

	static final String NA = "N/A";

	private ScoringFixtures() {
	}

	static FrameworkSettings settings(BonusStage stage, boolean capAtScale, String bonusCap, String penaltyCap,
			String... tieBreak) {
		return new FrameworkSettings(new BigDecimal("100"), null, null, new BigDecimal(bonusCap),
				new BigDecimal(penaltyCap), stage, capAtScale, 2, List.of(tieBreak));
	}

	static List<Band> defaultBands() {
		return FrameworkDefinition.empty(header()).bands();
	}

	static FrameworkDefinition framework(FrameworkSettings settings, List<Band> bands, NodeDefinition... nodes) {
		return new FrameworkDefinition(header(), settings, bands, List.of(nodes));
	}

	static FrameworkDefinition framework(FrameworkSettings settings, NodeDefinition... nodes) {
		return framework(settings, defaultBands(), nodes);
	}

	private static FrameworkHeader header() {
		return new FrameworkHeader(2025, List.of(UnitType.DEPARTMENT), "Bộ chỉ số thử", null, true);
	}

	static NodeDefinition field(String code, @Nullable String max) {
		boolean outside = max == null;
		return new NodeDefinition(code, null, "Lĩnh vực " + code, null, null, decimal(max), outside, null, null, null,
				false, false, null, List.of(), null);
	}

	static NodeDefinition leaf(String code, String max, Source source) {
		return new NodeDefinition(code, code.substring(0, code.lastIndexOf('.')), "Tiêu chí " + code, null, null,
				new BigDecimal(max), false, null, source, new ManualRangeRule(new BigDecimal("0.01")), false, true,
				null, List.of(), null);
	}

	static NodeDefinition extra(String code, Source source) {
		return new NodeDefinition(code, code.substring(0, code.lastIndexOf('.')), "Điểm " + code, null, null, null,
				true, null, source, new BonusRule(BigDecimal.ONE, new BigDecimal("5")), false, false, null, List.of(),
				null);
	}

	/**
	 * A unit with its leaves given as code, points pairs; points "N/A" or null as said.
	 */
	static UnitScores unit(long id, long group, boolean ranked, FrameworkDefinition framework,
			@Nullable String... codesAndPoints) {
		Map<String, LeafFinal> leaves = new LinkedHashMap<>();
		for (int i = 0; i < codesAndPoints.length; i += 2) {
			String points = codesAndPoints[i + 1];
			leaves.put(String.valueOf(codesAndPoints[i]),
					NA.equals(points) ? LeafFinal.notApplicableLeaf() : new LeafFinal(decimal(points), false));
		}
		return new UnitScores(id, "Đơn vị " + id, group, ranked, framework, leaves);
	}

	static UnitScores unit(long id, long group, FrameworkDefinition framework, @Nullable String... codesAndPoints) {
		return unit(id, group, true, framework, codesAndPoints);
	}

	/**
	 * A framework of one field and one leaf 1.1 of 100 points, to set a unit's % exactly.
	 */
	static FrameworkDefinition single(FrameworkSettings settings, List<Band> bands) {
		return framework(settings, bands, field("1", "100"), leaf("1.1", "100", Source.SELF_ASSESSMENT));
	}

	/** Units of {@link #single} in one peer group, with ids 1, 2, … and the given %. */
	static List<UnitScores> units(FrameworkDefinition single, long group, long firstId, String... percents) {
		List<UnitScores> units = new ArrayList<>();
		for (int i = 0; i < percents.length; i++) {
			units.add(unit(firstId + i, group, single, "1.1", percents[i]));
		}
		return units;
	}

	static @Nullable BigDecimal decimal(@Nullable String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
