package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Workspace;

/**
 * One field of a unit's appraisal side by side: for each leaf the unit's inputs,
 * explanation and evidence, and the appraisal's rounds.
 *
 * @param header the unit, the state and the round
 * @param areas every field with its progress, for the tabs
 * @param area the field shown
 * @param leaves the field's leaves the unit entered, in tree order
 */
public record AppraisalSheet(Header header, List<Area> areas, String area, List<Leaf> leaves) {

	/** Whether the current appraiser may mark the field shown as done. */
	public boolean canMarkDone() {
		return this.areas.stream().anyMatch((a) -> a.code().equals(this.area) && a.mine() && !a.done())
				&& this.header.round() != Round.NONE;
	}

	/**
	 * The unit and where its appraisal stands.
	 *
	 * @param assessmentId the assessment
	 * @param cycleName the period
	 * @param unitName the unit
	 * @param status the assessment's state
	 * @param round the round open now
	 * @param explanationDeadline the explanation deadline, once round 1 closed with flags
	 * @param returnedReason the council's reason, when it returned the unit
	 * @param lockedAt when the council approved, null while open
	 */
	public record Header(long assessmentId, String cycleName, String unitName, AssessmentStatus status, Round round,
			@Nullable Instant explanationDeadline, @Nullable String returnedReason, @Nullable Instant lockedAt) {
	}

	/**
	 * A field's tab.
	 *
	 * @param code its code
	 * @param name its name
	 * @param mine whether the current appraiser is assigned to it
	 * @param done whether it is marked done in the round open now
	 * @param appraised leaves with points in the round open now
	 * @param total leaves to appraise in the round
	 */
	public record Area(String code, String name, boolean mine, boolean done, int appraised, int total) {
	}

	/**
	 * A leaf side by side.
	 *
	 * @param node the unit's side: definition, inputs, explanation, evidence
	 * @param score the appraisal's side
	 * @param editable whether the current user may set its points now
	 */
	public record Leaf(Workspace.Node node, ScoreRow score, boolean editable) {
	}

}
