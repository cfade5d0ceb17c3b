package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.scoring.HistoricalResults;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.shared.xlsx.XlsxRow;

/**
 * The demo's 2023 results, through the facades: each unit's percent from
 * {@code demo/results-2023.yaml} is spread over the leaves of its framework (the lost
 * points cut from leaves picked by a fixed seed, so the leaves add up exactly), imported
 * as a past period is, and published under QĐ 97/QĐ-UBND-HC unless
 * {@code parindex.demo.publish=false} (the tests publish it themselves). Nothing is done
 * when the period has an import already.
 */
@Component
class DemoHistory {

	private static final BigDecimal STEP = new BigDecimal("0.25");

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	private final HistoricalResults historical;

	private final PublicationManagement publications;

	private final Environment environment;

	DemoHistory(CycleManagement cycles, FrameworkManagement frameworks, HistoricalResults historical,
			PublicationManagement publications, Environment environment) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.historical = historical;
		this.publications = publications;
		this.environment = environment;
	}

	void load() {
		CycleRow past = this.cycles.list()
			.stream()
			.filter((cycle) -> cycle.year() == 2023 && cycle.status() == CycleStatus.CLOSED)
			.findFirst()
			.orElse(null);
		if (past == null || !this.historical.history(past.id()).isEmpty()) {
			return;
		}
		Map<String, Object> yaml = readYaml();
		String source = String.valueOf(yaml.get("source"));
		this.historical.importRows(past.id(), rows(this.cycles.view(past.id()), percents(yaml)), "results-2023.yaml",
				source);
		if (this.environment.getProperty("parindex.demo.publish", Boolean.class, true)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> decision = (Map<String, Object>) yaml.get("decision");
			this.publications.publish(past.id(), new ResultsSnapshot.Decision(String.valueOf(decision.get("number")),
					LocalDate.parse(String.valueOf(decision.get("date"))), String.valueOf(decision.get("signer"))),
					null);
		}
	}

	private List<XlsxRow> rows(CycleView cycle, Map<String, BigDecimal> percents) {
		List<String> headers = List.of("Mã đơn vị", "Mã tiêu chí", "Điểm");
		List<XlsxRow> rows = new ArrayList<>();
		Map<Long, Long> frameworkOf = cycle.selectedFrameworks();
		for (CycleView.UnitGroup group : Objects.requireNonNull(cycle.unitGroups())) {
			List<NodeDefinition> leaves = this.frameworks.definition(frameworkOf.get(group.peerGroupId())).leaves();
			for (CycleView.UnitEntry unit : group.units()) {
				BigDecimal percent = percents.get(unit.code());
				if (percent == null) {
					continue;
				}
				spread(unit.code(), leaves, percent).forEach((code,
						points) -> rows.add(new XlsxRow(rows.size() + 2,
								Map.of("Mã đơn vị", unit.code(), "Mã tiêu chí", code, "Điểm", points.toPlainString()),
								headers)));
			}
		}
		return rows;
	}

	/**
	 * Each leaf's points: full marks, less the unit's lost points cut in quarter points
	 * from leaves in a seeded order; bonus and penalty 0. The scored leaves total 100.
	 */
	static Map<String, BigDecimal> spread(String unitCode, List<NodeDefinition> leaves, BigDecimal percent) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		List<NodeDefinition> scored = new ArrayList<>();
		for (NodeDefinition leaf : leaves) {
			boolean extra = leaf.source() == Source.BONUS || leaf.source() == Source.PENALTY
					|| leaf.maxPoints() == null;
			points.put(leaf.code(), extra ? BigDecimal.ZERO : leaf.maxPoints());
			if (!extra) {
				scored.add(leaf);
			}
		}
		BigDecimal total = scored.stream().map(NodeDefinition::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal lost = total
			.subtract(percent.multiply(total).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
		Random random = new Random(unitCode.hashCode());
		Collections.shuffle(scored, random);
		for (int pass = 0; lost.signum() > 0 && pass < 8; pass++) {
			for (NodeDefinition leaf : scored) {
				BigDecimal left = points.get(leaf.code());
				BigDecimal cut = lost.min(left).min(quarterSteps(leaf.maxPoints(), random));
				if (lost.compareTo(STEP) < 0) {
					cut = lost.min(left);
				}
				points.put(leaf.code(), left.subtract(cut));
				lost = lost.subtract(cut);
			}
		}
		if (lost.signum() != 0) {
			throw new IllegalStateException("Cannot spread the lost points of " + unitCode);
		}
		return points;
	}

	/** A cut of a quarter to half of the leaf's maximum, in quarter points. */
	private static BigDecimal quarterSteps(BigDecimal max, Random random) {
		BigDecimal share = max.multiply(BigDecimal.valueOf(0.25 + random.nextDouble() * 0.25));
		return share.divide(STEP, 0, RoundingMode.DOWN).multiply(STEP);
	}

	private static Map<String, BigDecimal> percents(Map<String, Object> yaml) {
		Map<String, BigDecimal> percents = new HashMap<>();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> units = (List<Map<String, Object>>) yaml.get("units");
		units.forEach((unit) -> percents.put(String.valueOf(unit.get("code")),
				new BigDecimal(String.valueOf(unit.get("percent")))));
		return percents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readYaml() {
		try (InputStream in = new ClassPathResource("demo/results-2023.yaml").getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
