package vn.parindex.reporting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;
import vn.parindex.scoring.Change;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;

/**
 * One unit's published result as a flat row, for the open data JSON and CSV; the CSV's
 * columns are these names in this order.
 *
 * @param publicationId the publication
 * @param year the evaluated year
 * @param seq the publication's number (1, then corrections)
 * @param peerGroupId the peer group
 * @param peerGroup its name
 * @param unitId the unit
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param rank the rank in the peer group, null when not ranked
 * @param rankedCount how many units are ranked in the group
 * @param points the points of the scored part
 * @param applicableMax the maximum with N/A criteria left out
 * @param bonus the bonus applied
 * @param penalty the penalty applied (0 or less)
 * @param percent the index %
 * @param band the band's code
 * @param bandVi the band in Vietnamese
 * @param bandEn the band in English
 * @param change whether the change since last year can be shown
 * @param changePoints the change in points
 * @param changePercent the change in index % points
 * @param changePlaces the change in rank, positive = up
 */
@Schema(name = "PublishedResultRow",
		description = "Kết quả đã công bố của một đơn vị / One unit's published result (Chỉ số CCHC)")
record ResultRow(@Schema(description = "Mã lần công bố / publication id") long publicationId,
		@Schema(description = "Năm đánh giá / evaluated year", example = "2025") int year,
		@Schema(description = "Lần công bố: 1, đính chính 2… / 1, corrections 2…") int seq,
		@Schema(description = "Mã nhóm so sánh / peer group id") long peerGroupId,
		@Schema(description = "Tên nhóm / peer group name") String peerGroup,
		@Schema(description = "Mã đơn vị (số) / unit id") long unitId,
		@Schema(description = "Mã đơn vị / unit code", example = "SKHCN-2025") String unitCode,
		@Schema(description = "Tên đơn vị / unit name") String unitName,
		@Schema(description = "Thứ hạng trong nhóm, null nếu không xếp hạng / rank in group, null if unranked",
				nullable = true) @Nullable Integer rank,
		@Schema(description = "Số đơn vị được xếp hạng / units ranked in the group") int rankedCount,
		@Schema(description = "Điểm đạt / points", example = "89.85") BigDecimal points,
		@Schema(description = "Điểm tối đa áp dụng / applicable maximum") BigDecimal applicableMax,
		@Schema(description = "Điểm thưởng / bonus") BigDecimal bonus,
		@Schema(description = "Điểm trừ (≤ 0) / penalty (≤ 0)") BigDecimal penalty,
		@Schema(description = "Chỉ số CCHC (%) / index %", example = "89.85") BigDecimal percent,
		@Schema(description = "Mã xếp loại / band code", nullable = true) @Nullable String band,
		@Schema(description = "Xếp loại / band (Vietnamese)", nullable = true) @Nullable String bandVi,
		@Schema(description = "Band (English)", nullable = true) @Nullable String bandEn,
		@Schema(description = "So sánh với năm trước / year-over-year comparability", allowableValues = {
				"COMPARED", "NOT_COMPARABLE", "NO_PREVIOUS" }) String change,
		@Schema(description = "Thay đổi điểm / change in points", nullable = true) @Nullable BigDecimal changePoints,
		@Schema(description = "Thay đổi chỉ số (điểm %) / change in index % points",
				nullable = true) @Nullable BigDecimal changePercent,
		@Schema(description = "Thay đổi thứ hạng, dương = tăng / change in rank, positive = up",
				nullable = true) @Nullable Integer changePlaces){

	/** The CSV header: the component names in order. */
	static final List<String> COLUMNS = Arrays.stream(ResultRow.class.getRecordComponents())
		.map((component) -> component.getName())
		.toList();

	/** Every unit of the publication, group by group, in ranking order. */
	static List<ResultRow> of(PublishedResults results) {
		return results.snapshot()
			.groups()
			.stream()
			.flatMap((group) -> group.units().stream().map((unit) -> of(results.publication(), group, unit)))
			.toList();
	}

	static ResultRow of(Publication publication, ResultsSnapshot.Group group, ResultsSnapshot.Unit unit) {
		UnitResult result = unit.result();
		Band band = result.band();
		Change change = result.change();
		return new ResultRow(publication.id(), publication.year(), publication.seq(), group.peerGroupId(), group.name(),
				result.unitId(), unit.code(), result.unitName(), result.rank(), result.rankedCount(), result.points(),
				result.applicableMax(), result.bonus(), result.penalty(), result.percent(),
				(band != null) ? band.code() : null, (band != null) ? band.labelVi() : null,
				(band != null) ? band.labelEn() : null, change.kind().name(), change.points(), change.percent(),
				change.places());
	}

	/** The values in {@link #COLUMNS} order. */
	List<@Nullable Object> values() {
		return Arrays.asList(this.publicationId, this.year, this.seq, this.peerGroupId, this.peerGroup, this.unitId,
				this.unitCode, this.unitName, this.rank, this.rankedCount, this.points, this.applicableMax, this.bonus,
				this.penalty, this.percent, this.band, this.bandVi, this.bandEn, this.change, this.changePoints,
				this.changePercent, this.changePlaces);
	}

}
