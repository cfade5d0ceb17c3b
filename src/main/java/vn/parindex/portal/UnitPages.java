package vn.parindex.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.shared.NotFoundException;

/**
 * Builds a unit's public page and the comparison of two units, from published results
 * only.
 */
@Component
class UnitPages {

	static final int TOP_LOST = 5;

	private final PortalPages pages;

	UnitPages(PortalPages pages) {
		this.pages = pages;
	}

	UnitView unit(PublishedResults published, long unitId) {
		ResultsSnapshot.Unit unit = unit(published.snapshot(), unitId);
		ResultsSnapshot.Group group = PortalPages.group(published, unit.result().peerGroupId());
		List<FieldRow> fields = unit.result()
			.fields()
			.stream()
			.map((field) -> new FieldRow(field, average(group, field.code())))
			.toList();
		return new UnitView(published.publication(), published.snapshot(), group, RankingRow.of(unit), fields,
				trend(published, unit), unit.result().lost().stream().limit(TOP_LOST).toList(),
				this.pages.replacement(published.publication()));
	}

	CompareView compare(PublishedResults published, @Nullable Long a, @Nullable Long b) {
		ResultsSnapshot snapshot = published.snapshot();
		List<ResultsSnapshot.Unit> units = snapshot.groups().stream().flatMap((g) -> g.units().stream()).toList();
		RankingRow first = (a != null) ? RankingRow.of(unit(snapshot, a)) : null;
		RankingRow second = (b != null) ? RankingRow.of(unit(snapshot, b)) : null;
		return new CompareView(published.publication(), units, first, second, lines(first, second));
	}

	/**
	 * The unit's result in this publication and, for earlier periods, in their current
	 * publication: the same unit id, or else the same code.
	 */
	private List<TrendPoint> trend(PublishedResults shown, ResultsSnapshot.Unit unit) {
		List<TrendPoint> trend = new ArrayList<>();
		trend.add(new TrendPoint(shown.publication(), unit.result(), true));
		for (Publication publication : this.pages.periods()) {
			if (publication.year() >= shown.publication().year()) {
				continue;
			}
			ResultsSnapshot earlier = this.pages.published(publication.id()).snapshot();
			Optional<ResultsSnapshot.Unit> same = earlier.unit(unit.result().unitId()).or(() -> byCode(earlier, unit));
			same.ifPresent((found) -> trend.add(0, new TrendPoint(publication, found.result(), false)));
		}
		return trend;
	}

	private static Optional<ResultsSnapshot.Unit> byCode(ResultsSnapshot snapshot, ResultsSnapshot.Unit unit) {
		return snapshot.groups()
			.stream()
			.flatMap((group) -> group.units().stream())
			.filter((other) -> other.code().equals(unit.code()))
			.findFirst();
	}

	/** The group's average % in a field over its ranked units; null without a %. */
	static @Nullable BigDecimal average(ResultsSnapshot.Group group, String code) {
		List<BigDecimal> percents = group.units()
			.stream()
			.filter((unit) -> unit.result().rank() != null)
			.flatMap((unit) -> unit.result().fields().stream())
			.filter((field) -> field.code().equals(code))
			.map(FieldResult::percent)
			.filter(Objects::nonNull)
			.toList();
		if (percents.isEmpty()) {
			return null;
		}
		BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
	}

	private static List<CompareView.Line> lines(@Nullable RankingRow a, @Nullable RankingRow b) {
		Map<String, CompareView.Line> lines = new LinkedHashMap<>();
		List<FieldResult> first = (a != null) ? a.result().fields() : List.of();
		List<FieldResult> second = (b != null) ? b.result().fields() : List.of();
		first.forEach((f) -> lines.put(f.code(), new CompareView.Line(f.code(), f.name(), f, null)));
		for (FieldResult field : second) {
			CompareView.Line line = lines.get(field.code());
			lines.put(field.code(),
					new CompareView.Line(field.code(), field.name(), (line != null) ? line.a() : null, field));
		}
		return List.copyOf(lines.values());
	}

	private static ResultsSnapshot.Unit unit(ResultsSnapshot snapshot, long unitId) {
		return snapshot.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

}
