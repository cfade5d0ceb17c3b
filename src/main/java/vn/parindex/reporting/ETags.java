package vn.parindex.reporting;

import org.jspecify.annotations.Nullable;

/**
 * If-None-Match as RFC 9110 says for GET: a weak comparison against any listed tag, or
 * {@code *}.
 */
final class ETags {

	private ETags() {
	}

	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		String ours = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String theirs = candidate.trim();
			if (theirs.equals("*") || opaque(theirs).equals(ours)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

}
