package vn.parindex.portal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;

/**
 * A publication's ranking of one peer group, as the portal shows it.
 *
 * @param publication the publication shown
 * @param snapshot its frozen results
 * @param group the peer group shown
 * @param rows its units, ranked ones first
 * @param replacement the current publication of the period when this one is superseded
 * @param periods the current publication of every published period, for the year picker
 * @param history every publication of the period, corrections included
 */
record RankingView(Publication publication, ResultsSnapshot snapshot, ResultsSnapshot.Group group,
		List<RankingRow> rows, @Nullable Publication replacement, List<Publication> periods,
		List<Publication> history) {

	/** The name of a unit of the group; empty when unknown. */
	public String unitName(@Nullable Long unitId) {
		return this.rows.stream()
			.filter((row) -> Objects.equals(row.result().unitId(), unitId))
			.map((row) -> row.result().unitName())
			.findFirst()
			.orElse("");
	}

	/** A band's label in the language. */
	public String bandLabel(String code, String language) {
		return this.group.bandLabel(code, language);
	}

}
