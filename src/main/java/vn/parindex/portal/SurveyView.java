package vn.parindex.portal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;

/**
 * A published survey index of a period for one peer group: its units ranked with their
 * intervals and split, and the other instruments and groups to switch to.
 *
 * @param publication the publication shown
 * @param snapshot its frozen results
 * @param survey the instrument shown
 * @param group the peer group shown
 * @param replacement the current publication of the period when this one is superseded
 */
record SurveyView(Publication publication, ResultsSnapshot snapshot, ResultsSnapshot.Survey survey,
		ResultsSnapshot.SurveyGroup group, @Nullable Publication replacement) {

	/** How many of the group's ranked units reach the given index. */
	public long reaching(int threshold) {
		return this.group.units()
			.stream()
			.filter((unit) -> unit.index() != null && unit.index().compareTo(BigDecimal.valueOf(threshold)) >= 0)
			.count();
	}

	/** The group's units with an index. */
	public long ranked() {
		return this.group.units().stream().filter((unit) -> unit.rank() != null).count();
	}

	public List<ResultsSnapshot.Survey> surveys() {
		return this.snapshot.surveys();
	}

}
