package vn.parindex.scoring;

import java.util.Map;

import vn.parindex.framework.FrameworkDefinition;

/**
 * The input for one unit: its final leaf scores and the framework it is scored with.
 *
 * @param unitId the unit
 * @param unitName the unit's name, for the result rows
 * @param peerGroupId the peer group it is ranked in
 * @param ranked whether it is ranked; a unit scored but not ranked gets no rank and does
 * not count in the others' ranks
 * @param framework the framework of the unit's period
 * @param leaves the final score per leaf code; a leaf missing here counts as 0 of its
 * maximum
 */
public record UnitScores(long unitId, String unitName, long peerGroupId, boolean ranked, FrameworkDefinition framework,
		Map<String, LeafFinal> leaves) {

	public UnitScores {
		leaves = Map.copyOf(leaves);
	}

}
