package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.parindex.framework.BonusStage;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;

/**
 * Issue 6: "the results for 130 units × 100 leaves take under 200 ms". 130 units in two
 * peer groups, a framework of 96 scored leaves (4 fields × 4 criteria × 6) and 4 bonus
 * and penalty leaves, with N/A and missing finals, last year's results and a few
 * incomparable units. Run with {@code bench/scoring.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResultCalculatorBenchmark {

	/**
	 * The share of a leaf's maximum a unit gets: mostly all of it, as in real results.
	 */
	private static final List<BigDecimal> SHARES = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
			BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.75"), new BigDecimal("0.5"),
			new BigDecimal("0.25"), BigDecimal.ZERO);

	private final ResultCalculator calculator = new ResultCalculator();

	private List<UnitScores> units = List.of();

	private Map<Long, PreviousResult> previous = Map.of();

	private Set<Long> notComparable = Set.of();

	@Setup
	public void setUp() {
		FrameworkDefinition framework = framework();
		Random random = new Random(2025);
		List<UnitScores> all = new ArrayList<>();
		Map<Long, PreviousResult> before = new HashMap<>();
		for (long id = 1; id <= 130; id++) {
			all.add(unit(id, framework, random));
			if (id % 10 != 0) {
				before.put(id,
						new PreviousResult(new BigDecimal("80.00"), new BigDecimal("80.00"), (int) (id % 60) + 1, 60));
			}
		}
		this.units = List.copyOf(all);
		this.previous = Map.copyOf(before);
		this.notComparable = Set.of(5L, 25L, 45L, 65L, 85L);
	}

	@Benchmark
	public PeriodResults computeThePeriod() {
		return this.calculator.compute(this.units, this.previous, this.notComparable);
	}

	static FrameworkDefinition framework() {
		List<NodeDefinition> nodes = new ArrayList<>();
		for (int f = 1; f <= 4; f++) {
			nodes.add(ScoringFixtures.field(String.valueOf(f), "25"));
			for (int c = 1; c <= 4; c++) {
				nodes.add(new NodeDefinition(f + "." + c, String.valueOf(f), "Tiêu chí " + f + "." + c, null, null,
						new BigDecimal("6.25"), false, null, null, null, false, false, null, List.of(), null));
				for (int s = 1; s <= 6; s++) {
					nodes.add(ScoringFixtures.leaf(f + "." + c + "." + s, (s % 3 == 0) ? "1.125" : "1",
							(f == 4) ? Source.SURVEY : (s == 6) ? Source.IMPORTED : Source.SELF_ASSESSMENT));
				}
			}
		}
		nodes.add(ScoringFixtures.field("5", null));
		nodes.add(ScoringFixtures.extra("5.1", Source.BONUS));
		nodes.add(ScoringFixtures.extra("5.2", Source.BONUS));
		nodes.add(ScoringFixtures.extra("5.3", Source.PENALTY));
		nodes.add(ScoringFixtures.extra("5.4", Source.PENALTY));
		return ScoringFixtures.framework(ScoringFixtures.settings(BonusStage.AFTER_PERCENT, true, "3", "3",
				"SELF_ASSESSMENT_PART", "SURVEY_PART", "FIELD:1"), nodes.toArray(NodeDefinition[]::new));
	}

	private static UnitScores unit(long id, FrameworkDefinition framework, Random random) {
		Map<String, LeafFinal> leaves = new LinkedHashMap<>();
		for (NodeDefinition leaf : framework.leaves()) {
			int draw = random.nextInt(100);
			BigDecimal max = (leaf.maxPoints() != null) ? leaf.maxPoints() : BigDecimal.ONE;
			if (draw < 3) {
				leaves.put(leaf.code(), new LeafFinal(null, false));
			}
			else if (draw < 8 && leaf.maxPoints() != null) {
				leaves.put(leaf.code(), LeafFinal.notApplicableLeaf());
			}
			else {
				BigDecimal points = max.multiply(SHARES.get(random.nextInt(SHARES.size())));
				leaves.put(leaf.code(), LeafFinal.of((leaf.source() == Source.PENALTY) ? points.negate() : points));
			}
		}
		return new UnitScores(id, "Đơn vị " + id, (id <= 34) ? 1 : 2, id % 17 != 0, framework, leaves);
	}

}
