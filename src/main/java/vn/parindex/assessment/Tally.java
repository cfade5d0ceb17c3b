package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The self-assessment totals of a node (or of the whole framework): the leaves the unit
 * must score under it.
 *
 * @param max the applicable maximum: N/A leaves removed
 * @param self the self-score so far; unscored leaves count 0
 * @param done leaves scored or claimed N/A
 * @param total leaves to do
 */
public record Tally(BigDecimal max, BigDecimal self, int done, int total) {

	static final Tally ZERO = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

	Tally plus(Tally other) {
		return new Tally(this.max.add(other.max), this.self.add(other.self), this.done + other.done,
				this.total + other.total);
	}

	/** self ÷ max × 100 with two decimals, half up; null when nothing applies. */
	public @Nullable BigDecimal percent() {
		if (this.max.signum() == 0) {
			return null;
		}
		return this.self.multiply(BigDecimal.valueOf(100)).divide(this.max, 2, RoundingMode.HALF_UP);
	}

	public boolean complete() {
		return this.done == this.total;
	}

}
