package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A what-if: the unit's result and rank recomputed with hypothetical points, the rest of
 * its peer group unchanged. Nothing is saved.
 *
 * @param publicationId the publication it starts from
 * @param decimals the framework's decimals
 * @param before the unit as published (recomputed, equal to the published figures)
 * @param after the unit with the hypothetical points
 * @param changes the leaves whose points differ from the published ones
 */
public record Simulation(long publicationId, int decimals, GapStanding before, GapStanding after,
		List<LeafChange> changes) {

	public Simulation {
		changes = List.copyOf(changes);
	}

	public BigDecimal pointsChange() {
		return this.after.points().subtract(this.before.points());
	}

	public BigDecimal percentChange() {
		return this.after.percent().subtract(this.before.percent());
	}

	/** Places gained (positive) or lost (negative); null when the unit is not ranked. */
	public @Nullable Integer placesUp() {
		Integer from = this.before.rank();
		Integer to = this.after.rank();
		return (from != null && to != null) ? from - to : null;
	}

	public boolean bandChanged() {
		String from = (this.before.band() != null) ? this.before.band().code() : "";
		String to = (this.after.band() != null) ? this.after.band().code() : "";
		return !from.equals(to);
	}

	/**
	 * A leaf given other points than published.
	 *
	 * @param code its code
	 * @param name its name
	 * @param max its maximum
	 * @param before the published points (0 without a final score)
	 * @param after the hypothetical points
	 */
	public record LeafChange(String code, String name, BigDecimal max, BigDecimal before, BigDecimal after) {
	}

}
