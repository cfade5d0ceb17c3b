package vn.parindex.assessment.evidence;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Safe names for uploaded files. The {@linkplain #display(String) display name} keeps
 * Vietnamese letters and is what users see; the {@linkplain #ascii(String) ASCII name} is
 * the fallback of a {@code Content-Disposition} header. Neither is ever used as a path:
 * content is stored under its SHA-256.
 */
public final class FileNames {

	/** The name of a file that has no usable name: "tài liệu" without diacritics. */
	public static final String FALLBACK = "tai-lieu";

	static final int MAX_LENGTH = 200;

	private static final int MAX_EXTENSION = 16;

	private static final Pattern PATH_LIKE = Pattern.compile("/|\\./|\\.\\./|~/|[A-Za-z]:/");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern REFUSED = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}<>:\"/\\\\|?*]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private FileNames() {
	}

	/**
	 * The name to show and to offer on download. The rule, in order:
	 * <ol>
	 * <li>a path is dropped: everything up to the last backslash (Windows, including
	 * {@code C:\fakepath\}), and everything up to the last slash when the name starts
	 * like a path ({@code /}, {@code ./}, {@code ../}, {@code ~/}, {@code C:/});
	 * <li>Unicode NFC, so letters decomposed by macOS become single characters;
	 * <li>control and formatting characters (such as right-to-left overrides) and
	 * {@code < > : " / \ | ? *} are removed, so a slash inside a document number is
	 * dropped: "Báo cáo số 12/BC-UBND.pdf" becomes "Báo cáo số 12BC-UBND.pdf";
	 * <li>runs of whitespace become one space; leading and trailing dots and spaces go;
	 * <li>at most 200 characters, cut before the extension so the extension stays;
	 * <li>nothing left gives {@value #FALLBACK}.
	 * </ol>
	 * @param original the name sent by the browser, if any
	 * @return a non-empty name of at most 200 characters with Vietnamese letters kept
	 */
	public static String display(@Nullable String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = Normalizer.normalize(withoutPath(original), Normalizer.Form.NFC);
		name = WHITESPACE.matcher(name).replaceAll(" ");
		name = WHITESPACE.matcher(REFUSED.matcher(name).replaceAll("")).replaceAll(" ");
		name = capped(trimmed(name));
		return name.isEmpty() ? FALLBACK : name;
	}

	/**
	 * The display name without diacritics ("đ" becomes "d"), every character other than
	 * {@code A-Z a-z 0-9 . _ -} replaced by "-", runs of "-" collapsed, no leading dot or
	 * dash and no trailing dash; nothing left gives {@value #FALLBACK}.
	 * @param display a display name
	 * @return a non-empty ASCII name
	 */
	public static String ascii(String display) {
		String name = Normalizer.normalize(display.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		name = MARKS.matcher(name).replaceAll("");
		name = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-");
		name = name.replaceAll("^[-.]+|-+$", "");
		return name.isEmpty() ? FALLBACK : name;
	}

	private static String withoutPath(String name) {
		String rest = name.substring(name.lastIndexOf('\\') + 1);
		return PATH_LIKE.matcher(rest).lookingAt() ? rest.substring(rest.lastIndexOf('/') + 1) : rest;
	}

	private static String trimmed(String name) {
		return name.replaceAll("^[. ]+|[. ]+$", "");
	}

	private static String capped(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION) ? name.substring(dot) : "";
		int cut = MAX_LENGTH - extension.length();
		if (Character.isHighSurrogate(name.charAt(cut - 1))) {
			cut--;
		}
		return trimmed(name.substring(0, cut)) + extension;
	}

}
