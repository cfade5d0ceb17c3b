package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;

/**
 * What it would take a unit to do better, worked out from a publication's frozen results
 * (see {@link ResultSimulator#gaps} for the rules).
 *
 * @param publicationId the publication
 * @param year the evaluated year
 * @param cycleName the period's name
 * @param groupName the unit's peer group
 * @param decimals the framework's decimals: points are counted in steps of
 * 10<sup>−decimals</sup>
 * @param standing the unit as published
 * @param nextBand the band just above the unit's, null when it is in the top band
 * @param rankGap the unit(s) to pass, null when the unit is first alone or not ranked
 * @param tied the other units sharing its rank
 * @param gains the leaves with the largest possible gain (its lost points), at most ten
 * @param totalLost all the points the unit lost: no gap above this can be closed
 * @param fields the unit's scored, applicable leaves by field, for the simulator form
 */
public record Gaps(long publicationId, int year, String cycleName, String groupName, int decimals, GapStanding standing,
		@Nullable BandGap nextBand, @Nullable RankGap rankGap, List<Peer> tied, List<LostPoints> gains,
		BigDecimal totalLost, List<FieldLeaves> fields) {

	public Gaps {
		tied = List.copyOf(tied);
		gains = List.copyOf(gains);
		fields = List.copyOf(fields);
	}

	/** The smallest step of points, {@code 0.01} for two decimals. */
	public String step() {
		return BigDecimal.ONE.movePointLeft(this.decimals).toPlainString();
	}

	/**
	 * The next band up.
	 *
	 * @param band the band
	 * @param points the extra points needed to reach it; null when even all the lost
	 * points are not enough
	 */
	public record BandGap(Band band, @Nullable BigDecimal points) {

		public boolean reachable() {
			return this.points != null;
		}

	}

	/**
	 * The units to pass to climb one place.
	 *
	 * @param standAlone true when the unit is first but tied, and {@code peers} are the
	 * units sharing first place; false when {@code peers} rank just above it
	 * @param peers the units to pass (several when they are tied)
	 * @param points the extra points for a % strictly above theirs; null when even all
	 * the lost points are not enough
	 */
	public record RankGap(boolean standAlone, List<Peer> peers, @Nullable BigDecimal points) {

		public RankGap {
			peers = List.copyOf(peers);
		}

		public boolean reachable() {
			return this.points != null;
		}

	}

	/**
	 * Another unit of the group.
	 *
	 * @param unitId the unit
	 * @param code its code
	 * @param name its name
	 * @param percent its index %
	 * @param rank its rank
	 */
	public record Peer(long unitId, String code, String name, BigDecimal percent, @Nullable Integer rank) {
	}

	/**
	 * A field's scored leaves that apply to the unit.
	 *
	 * @param code the field's code
	 * @param name its name
	 * @param leaves its leaves in the framework's order
	 */
	public record FieldLeaves(String code, String name, List<ScoredLeaf> leaves) {

		public FieldLeaves {
			leaves = List.copyOf(leaves);
		}

	}

	/**
	 * A scored leaf as published for the unit.
	 *
	 * @param code its code
	 * @param name its name
	 * @param max its maximum
	 * @param points the published points (0 when it had no final score)
	 * @param lost max − points, 0 or more
	 */
	public record ScoredLeaf(String code, String name, BigDecimal max, BigDecimal points, BigDecimal lost) {

		public boolean losing() {
			return this.lost.signum() > 0;
		}

	}

}
