package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A unit's change since the previous year. Only {@link ChangeKind#COMPARED} carries
 * numbers; the other kinds carry none.
 *
 * @param kind whether the change can be shown
 * @param points the change in points
 * @param percent the change in index % points
 * @param places the change in rank: positive when the unit moved up; null when either
 * year has no rank
 */
public record Change(ChangeKind kind, @Nullable BigDecimal points, @Nullable BigDecimal percent,
		@Nullable Integer places) {

	public static Change notComparable() {
		return new Change(ChangeKind.NOT_COMPARABLE, null, null, null);
	}

	public static Change noPrevious() {
		return new Change(ChangeKind.NO_PREVIOUS, null, null, null);
	}

	/** Whether the change can be shown as a number. */
	public boolean comparable() {
		return this.kind == ChangeKind.COMPARED;
	}

}
