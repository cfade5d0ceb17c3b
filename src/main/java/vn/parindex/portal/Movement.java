package vn.parindex.portal;

import java.math.BigDecimal;

import vn.parindex.scoring.Change;
import vn.parindex.scoring.ChangeKind;
import vn.parindex.shared.Formats;

/**
 * A unit's change since the previous year as the ranking shows it: signed points and an
 * arrow with the places moved, or why there is no number.
 *
 * @param kind whether the change is a number
 * @param points the change in points, signed: {@code +1,25}; empty when not compared
 * @param direction 1 up, -1 down, 0 same rank or no rank
 * @param places how many places moved, 0 when the same
 */
record Movement(ChangeKind kind, String points, int direction, int places) {

	static Movement of(Change change) {
		if (!change.comparable()) {
			return new Movement(change.kind(), "", 0, 0);
		}
		BigDecimal points = (change.points() != null) ? change.points() : BigDecimal.ZERO;
		String text = ((points.signum() > 0) ? "+" : "") + Formats.number(points, 2);
		int places = (change.places() != null) ? change.places() : 0;
		return new Movement(change.kind(), text, Integer.signum(places), Math.abs(places));
	}

	public boolean comparable() {
		return this.kind == ChangeKind.COMPARED;
	}

	/** The arrow, for the eye only: ▲, ▼ or –. */
	public String arrow() {
		return switch (this.direction) {
			case 1 -> "▲ " + this.places;
			case -1 -> "▼ " + this.places;
			default -> "–";
		};
	}

	/** The message key saying the change in words (or why it is not a number). */
	public String key() {
		if (!comparable()) {
			return (this.kind == ChangeKind.NOT_COMPARABLE) ? "portal.change.not-comparable" : "portal.change.new";
		}
		return switch (this.direction) {
			case 1 -> "portal.change.up";
			case -1 -> "portal.change.down";
			default -> "portal.change.same";
		};
	}

}
