package vn.parindex.appraisal;

import java.util.List;

import vn.parindex.assessment.AssessmentStatus;

/**
 * The appraisal work of a period: units × fields with state and progress. An appraiser
 * sees the units of the peer groups they are assigned to, with their own fields marked.
 *
 * @param cycleId the period
 * @param cycleName its name
 * @param cycles the periods to choose from, id and name
 * @param areas the fields, for the columns
 * @param units the units
 */
public record Workload(long cycleId, String cycleName, List<Choice> cycles, List<String> areas, List<UnitLine> units) {

	/**
	 * A period to choose.
	 *
	 * @param id its id
	 * @param name its name
	 */
	public record Choice(long id, String name) {
	}

	/**
	 * One unit.
	 *
	 * @param assessmentId its assessment
	 * @param unitName its name
	 * @param status its state
	 * @param round the round open now
	 * @param cells its fields
	 */
	public record UnitLine(long assessmentId, String unitName, AssessmentStatus status, Round round, List<Cell> cells) {

		public Cell cell(String area) {
			return this.cells.stream()
				.filter((cell) -> cell.area().equals(area))
				.findFirst()
				.orElse(new Cell(area, false, false, 0, 0));
		}

	}

	/**
	 * One field of one unit.
	 *
	 * @param area the field
	 * @param mine whether the current appraiser is assigned to it
	 * @param done whether it is marked done in the open round
	 * @param appraised leaves with points in the open round
	 * @param total leaves to appraise in it
	 */
	public record Cell(String area, boolean mine, boolean done, int appraised, int total) {
	}

}
