package vn.parindex.framework;

import java.util.Locale;

/**
 * Where a leaf's points come from.
 */
public enum Source {

	/** The unit scores itself and the council appraises. */
	SELF_ASSESSMENT,
	/** A survey index fills it in. */
	SURVEY,
	/** Bonus points, outside the 100. */
	BONUS,
	/** Penalty points, outside the 100. */
	PENALTY,
	/** Values imported from another system, such as the one-stop system. */
	IMPORTED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Source fromCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
