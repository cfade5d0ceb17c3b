package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Workspace;

/**
 * The unit's explanation round: only the flagged leaves, with the appraisers' comments,
 * the unit's answers and the evidence.
 *
 * @param assessmentId the assessment
 * @param cycleName the period
 * @param unitName the unit
 * @param status the assessment's state
 * @param deadline the explanation deadline
 * @param lockedAt when the leader locked the explanation
 * @param open whether answers and files can still be added
 * @param canLock whether the current user (the leader) may lock it now
 * @param leaves the flagged leaves
 */
public record ExplanationView(long assessmentId, String cycleName, String unitName, AssessmentStatus status,
		@Nullable Instant deadline, @Nullable Instant lockedAt, boolean open, boolean canLock, List<Leaf> leaves) {

	/** How many flagged leaves have an answer. */
	public long answered() {
		return this.leaves.stream().filter((leaf) -> leaf.score().answer() != null).count();
	}

	/**
	 * A flagged leaf.
	 *
	 * @param node the unit's side: definition, inputs, evidence
	 * @param score the appraisal: round-1 points and comment, the answer
	 */
	public record Leaf(Workspace.Node node, ScoreRow score) {
	}

}
