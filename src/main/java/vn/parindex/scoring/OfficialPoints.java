package vn.parindex.scoring;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A unit's official points per leaf in a period, wherever they come from: the council's
 * approval, or an import of a period that was not appraised in parindex.
 *
 * @param assessmentId the appraised assessment, null for imported points
 * @param unitId the unit
 * @param peerGroupId its peer group in the period
 * @param frameworkId the framework it was scored with
 * @param leaves the points that count per leaf code
 */
record OfficialPoints(@Nullable Long assessmentId, long unitId, long peerGroupId, long frameworkId,
		Map<String, LeafFinal> leaves) {

	boolean imported() {
		return this.assessmentId == null;
	}

}
