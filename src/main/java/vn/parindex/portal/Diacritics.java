package vn.parindex.portal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for searching: marks removed, đ as d, lower case, spaces
 * collapsed; so "so noi vu" finds "Sở Nội vụ".
 */
final class Diacritics {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Diacritics() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Whether every word of the query is in the text, both folded. */
	static boolean matches(String text, String query) {
		String folded = fold(text);
		for (String word : fold(query).split(" ")) {
			if (!folded.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
