package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;

/**
 * Checks every row of an import of official points before anything is written: the unit
 * is evaluated in the period, the leaf is a leaf of its framework, once; the points are
 * in the leaf's range, or the leaf is marked N/A where the framework allows it; and every
 * unit in the file has all its leaves.
 */
final class ResultsImportCheck {

	static final String UNIT = "Mã đơn vị";

	static final String UNIT_NAME = "Tên đơn vị";

	static final String LEAF = "Mã tiêu chí";

	static final String LEAF_NAME = "Tên tiêu chí";

	static final String MAX = "Điểm tối đa";

	static final String POINTS = "Điểm";

	static final String NA = "Không áp dụng";

	static final String NOTE = "Ghi chú";

	static final List<String> HEADERS = List.of(UNIT, UNIT_NAME, LEAF, LEAF_NAME, MAX, POINTS, NA, NOTE);

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}([.,]\\d{1,2})?");

	private static final Set<String> YES = Set.of("x", "có", "co", "yes", "true", "1");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int MAX_NOTE = 500;

	private final Map<String, Target> units = new HashMap<>();

	private final LongFunction<FrameworkDefinition> frameworks;

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private final Map<Long, Set<String>> leavesOfUnit = new LinkedHashMap<>();

	private final Map<Long, XlsxRow> firstRowOfUnit = new HashMap<>();

	ResultsImportCheck(CycleView cycle, LongFunction<FrameworkDefinition> frameworks) {
		this.frameworks = frameworks;
		Map<Long, Long> frameworkOfGroup = cycle.selectedFrameworks();
		List<CycleView.UnitGroup> groups = (cycle.unitGroups() != null) ? cycle.unitGroups() : List.of();
		for (CycleView.UnitGroup group : groups) {
			Long framework = frameworkOfGroup.get(group.peerGroupId());
			if (framework != null) {
				group.units()
					.forEach((unit) -> this.units.put(unit.code().toUpperCase(Locale.ROOT),
							new Target(unit, group.peerGroupId(), framework)));
			}
		}
	}

	/**
	 * One import row's values once checked.
	 *
	 * @param unitId the unit
	 * @param peerGroupId its peer group in the period
	 * @param frameworkId the framework of that group
	 * @param leafCode the leaf
	 * @param points the points, null when N/A
	 * @param notApplicable whether the leaf does not apply
	 * @param note the source's remark, if any
	 */
	record Parsed(long unitId, long peerGroupId, long frameworkId, String leafCode, @Nullable BigDecimal points,
			boolean notApplicable, @Nullable String note) {
	}

	/** The period's unit and where it is scored. */
	private record Target(CycleView.UnitEntry unit, long peerGroupId, long frameworkId) {
	}

	/** Every row checked; one bad cell rejects the whole import. */
	List<Parsed> check(List<XlsxRow> rows) {
		if (rows.isEmpty()) {
			throw new ImportRejectedException(List.of(new ImportError(2, "A2", "scoring.import.empty")));
		}
		List<Parsed> parsed = new ArrayList<>();
		for (XlsxRow row : rows) {
			Parsed one = row(row);
			if (one != null) {
				parsed.add(one);
			}
		}
		missingLeaves();
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors);
		}
		return parsed;
	}

	private @Nullable Parsed row(XlsxRow row) {
		Target target = unit(row);
		NodeDefinition leaf = (target != null) ? leaf(row, target) : null;
		boolean notApplicable = notApplicable(row, leaf);
		BigDecimal points = points(row, leaf, notApplicable);
		String note = row.text(NOTE);
		if (note.length() > MAX_NOTE) {
			this.errors.add(row.error(NOTE, "scoring.import.note-too-long", MAX_NOTE));
		}
		if (target == null || leaf == null) {
			return null;
		}
		return new Parsed(target.unit().id(), target.peerGroupId(), target.frameworkId(), leaf.code(), points,
				notApplicable, note.isEmpty() ? null : note);
	}

	private @Nullable Target unit(XlsxRow row) {
		String code = row.text(UNIT);
		if (code.isEmpty()) {
			this.errors.add(row.error(UNIT, "import.required"));
			return null;
		}
		Target target = this.units.get(code.toUpperCase(Locale.ROOT));
		if (target == null) {
			this.errors.add(row.error(UNIT, "scoring.import.unit-unknown", code));
			return null;
		}
		this.firstRowOfUnit.putIfAbsent(target.unit().id(), row);
		return target;
	}

	private @Nullable NodeDefinition leaf(XlsxRow row, Target target) {
		String code = row.text(LEAF);
		if (code.isEmpty()) {
			this.errors.add(row.error(LEAF, "import.required"));
			return null;
		}
		FrameworkDefinition framework = this.frameworks.apply(target.frameworkId());
		NodeDefinition node = framework.node(code).orElse(null);
		if (node == null || !framework.isLeaf(code)) {
			this.errors.add(row.error(LEAF, (node == null) ? "scoring.import.leaf-unknown" : "scoring.import.not-leaf",
					code, target.unit().code()));
			return null;
		}
		Integer earlier = this.seen.putIfAbsent(target.unit().id() + "/" + code, row.number());
		if (earlier != null) {
			this.errors.add(row.error(LEAF, "import.duplicate-in-file", earlier));
			return null;
		}
		this.leavesOfUnit.computeIfAbsent(target.unit().id(), (id) -> new LinkedHashSet<>()).add(code);
		return node;
	}

	private boolean notApplicable(XlsxRow row, @Nullable NodeDefinition leaf) {
		String text = row.text(NA).toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return false;
		}
		if (!YES.contains(text)) {
			this.errors.add(row.error(NA, "scoring.import.na-invalid", row.text(NA)));
			return false;
		}
		if (leaf != null && !leaf.naAllowed()) {
			this.errors.add(row.error(NA, "scoring.import.na-not-allowed", leaf.code()));
		}
		return true;
	}

	private @Nullable BigDecimal points(XlsxRow row, @Nullable NodeDefinition leaf, boolean notApplicable) {
		String text = row.text(POINTS);
		if (notApplicable) {
			if (!text.isEmpty()) {
				this.errors.add(row.error(POINTS, "scoring.import.points-with-na"));
			}
			return null;
		}
		if (text.isEmpty()) {
			this.errors.add(row.error(POINTS, "import.required"));
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			this.errors.add(row.error(POINTS, "scoring.import.points-invalid", text));
			return null;
		}
		BigDecimal points = new BigDecimal(text.replace(',', '.'));
		if (leaf != null) {
			inRange(row, leaf, points);
		}
		return points;
	}

	/** 0 to the leaf's maximum; a bonus 0 to 100, a penalty −100 to 0. */
	private void inRange(XlsxRow row, NodeDefinition leaf, BigDecimal points) {
		boolean penalty = leaf.source() == Source.PENALTY;
		BigDecimal low = penalty ? HUNDRED.negate() : BigDecimal.ZERO;
		BigDecimal high = penalty ? BigDecimal.ZERO : (leaf.maxPoints() != null) ? leaf.maxPoints() : HUNDRED;
		if (points.compareTo(low) < 0 || points.compareTo(high) > 0) {
			this.errors.add(row.error(POINTS, "scoring.import.points-range", leaf.code(), low.toPlainString(),
					high.stripTrailingZeros().toPlainString()));
		}
	}

	/**
	 * Every leaf of a unit's framework must be in the file, except leaves meant only for
	 * some unit types.
	 */
	private void missingLeaves() {
		this.leavesOfUnit.forEach((unitId, present) -> {
			XlsxRow first = this.firstRowOfUnit.get(unitId);
			Target target = this.units.get(first.text(UNIT).toUpperCase(Locale.ROOT));
			List<String> missing = this.frameworks.apply(target.frameworkId())
				.leaves()
				.stream()
				.filter((leaf) -> leaf.appliesTo().isEmpty() && !present.contains(leaf.code()))
				.map(NodeDefinition::code)
				.toList();
			if (!missing.isEmpty()) {
				String shown = String.join(", ", missing.subList(0, Math.min(5, missing.size())))
						+ ((missing.size() > 5) ? ", …" : "");
				this.errors.add(first.error(LEAF, "scoring.import.leaves-missing", target.unit().code(), missing.size(),
						shown));
			}
		});
	}

}
