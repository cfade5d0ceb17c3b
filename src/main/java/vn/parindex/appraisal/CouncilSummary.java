package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.AssessmentStatus;

/**
 * The council chair's summary of a period: per unit and per field the self-score, round
 * 1, round 2 and the points that count, largest cuts first.
 *
 * @param cycleId the period
 * @param cycleName its name
 * @param areas the fields, for the columns
 * @param units the units, largest cut first
 * @param blocking the units not ready, which keep the period from approval
 */
public record CouncilSummary(long cycleId, String cycleName, List<String> areas, List<UnitLine> units,
		List<String> blocking) {

	public boolean approvable() {
		return this.blocking.isEmpty() && this.units.stream().anyMatch(UnitLine::ready);
	}

	/**
	 * One unit.
	 *
	 * @param assessmentId its assessment
	 * @param unitName its name
	 * @param status its state
	 * @param ready whether the council can approve it
	 * @param returnedReason the council's last reason for returning it
	 * @param fields its totals per field, in the order of the areas
	 * @param total its totals over every field
	 */
	public record UnitLine(long assessmentId, String unitName, AssessmentStatus status, boolean ready,
			@Nullable String returnedReason, List<FieldTotals> fields, FieldTotals total) {

		public @Nullable FieldTotals field(String area) {
			return this.fields.stream().filter((f) -> f.areaCode().equals(area)).findFirst().orElse(null);
		}

		public BigDecimal cutOrZero() {
			BigDecimal cut = this.total.cut();
			return (cut != null) ? cut : BigDecimal.ZERO;
		}

	}

}
