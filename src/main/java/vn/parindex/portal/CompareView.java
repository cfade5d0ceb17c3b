package vn.parindex.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.shared.Formats;

/**
 * Two units of a publication side by side.
 *
 * @param publication the publication
 * @param units every unit of the publication, for the pickers
 * @param a the first unit, null until picked
 * @param b the second unit, null until picked
 * @param fields the fields of either, aligned by code
 */
record CompareView(Publication publication, List<ResultsSnapshot.Unit> units, @Nullable RankingRow a,
		@Nullable RankingRow b, List<Line> fields) {

	public boolean ready() {
		return this.a != null && this.b != null;
	}

	/**
	 * One field of both units.
	 *
	 * @param code the field's code
	 * @param name its name
	 * @param a the first unit's result in it, null when it has none
	 * @param b the second unit's result in it, null when it has none
	 */
	record Line(String code, String name, @Nullable FieldResult a, @Nullable FieldResult b) {

		public String first() {
			return text(this.a);
		}

		public String second() {
			return text(this.b);
		}

		/**
		 * Points over the maximum, {@code 8,50/10,00}; a dash when there is no result.
		 */
		private static String text(@Nullable FieldResult field) {
			if (field == null) {
				return "–";
			}
			String points = Formats.number(field.points(), 2);
			return (field.max() != null) ? points + "/" + Formats.number(field.max(), 2) : points;
		}

	}

}
