package vn.parindex.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.LostPoints;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;

/**
 * A unit's published result: its fields against the group's average, its years and where
 * it lost most.
 *
 * @param publication the publication shown
 * @param snapshot its frozen results
 * @param group the unit's peer group
 * @param row the unit's ranking line
 * @param fields its fields with the group's averages
 * @param trend its results over the years, oldest first
 * @param lost where it lost most, the largest loss first
 * @param replacement the current publication of the period when this one is superseded
 */
record UnitView(Publication publication, ResultsSnapshot snapshot, ResultsSnapshot.Group group, RankingRow row,
		List<FieldRow> fields, List<TrendPoint> trend, List<LostPoints> lost, @Nullable Publication replacement) {

	/** The unit's published survey figures, one per instrument. */
	public List<SurveyRow> surveys() {
		long unitId = this.row.result().unitId();
		return this.snapshot.surveys()
			.stream()
			.flatMap((survey) -> survey.unit(unitId).map((unit) -> new SurveyRow(survey, unit)).stream())
			.toList();
	}

	/**
	 * A survey's figures for the unit.
	 *
	 * @param survey the instrument
	 * @param unit the unit's figures
	 */
	record SurveyRow(ResultsSnapshot.Survey survey, ResultsSnapshot.SurveyUnit unit) {
	}

}
