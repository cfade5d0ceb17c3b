package vn.parindex.assessment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What counts about a leaf for progress and submission.
 *
 * @param selfPoints the computed self-score, null while unscored or N/A
 * @param naClaimed whether N/A is claimed
 * @param evidenceCount how many evidence documents are attached
 * @param explained whether an explanation was written
 */
record LeafState(@Nullable BigDecimal selfPoints, boolean naClaimed, int evidenceCount, boolean explained) {

	static final LeafState EMPTY = new LeafState(null, false, 0, false);

	boolean done() {
		return this.selfPoints != null || this.naClaimed;
	}

}
