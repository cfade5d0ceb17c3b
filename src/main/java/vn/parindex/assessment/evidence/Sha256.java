package vn.parindex.assessment.evidence;

import java.util.regex.Pattern;

import vn.parindex.shared.NotFoundException;

/**
 * Checks store keys, so a key from a URL can never address anything but a blob.
 */
final class Sha256 {

	static final String SUBJECT = "evidence-file";

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	private Sha256() {
	}

	static boolean isValid(String sha256) {
		return HEX.matcher(sha256).matches();
	}

	static String require(String sha256) {
		if (!isValid(sha256)) {
			throw new IllegalArgumentException("Not a lowercase hex SHA-256: " + sha256);
		}
		return sha256;
	}

	static NotFoundException notFound(String sha256) {
		return new NotFoundException(SUBJECT, sha256);
	}

}
