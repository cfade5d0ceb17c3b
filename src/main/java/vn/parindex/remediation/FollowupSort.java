package vn.parindex.remediation;

import org.jspecify.annotations.Nullable;

/** The orders of the follow-up dashboard's unit table. */
public enum FollowupSort {

	/** Lowest share done first, plans without items last. */
	PERCENT,
	/** Most overdue items first. */
	OVERDUE,
	/** By unit name. */
	UNIT;

	/** The order named, else {@link #PERCENT}. */
	public static FollowupSort of(@Nullable String text) {
		for (FollowupSort sort : values()) {
			if (sort.name().equalsIgnoreCase(String.valueOf(text))) {
				return sort;
			}
		}
		return PERCENT;
	}

	/** As a request parameter. */
	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
