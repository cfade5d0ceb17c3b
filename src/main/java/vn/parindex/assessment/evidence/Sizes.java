package vn.parindex.assessment.evidence;

import org.springframework.util.unit.DataSize;

/**
 * File sizes for people, in the units printed on the upload form: "50 MB", "512 KB".
 */
final class Sizes {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private Sizes() {
	}

	static String text(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= MB && bytes % MB == 0) {
			return bytes / MB + " MB";
		}
		if (bytes >= KB && bytes % KB == 0) {
			return bytes / KB + " KB";
		}
		return bytes + " B";
	}

}
