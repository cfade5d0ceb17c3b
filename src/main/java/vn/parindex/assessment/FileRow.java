package vn.parindex.assessment;

import java.time.Instant;

/**
 * A file uploaded to an assessment.
 *
 * @param id its id, used in download links
 * @param displayName the name shown, Vietnamese kept
 * @param mediaType the type found in its content
 * @param size bytes
 * @param sha256 the content's SHA-256
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param uses on how many leaves it is evidence
 */
public record FileRow(long id, String displayName, String mediaType, long size, String sha256, String uploadedBy,
		Instant uploadedAt, int uses) {

	/** PDFs and images open in the page; everything else downloads. */
	public boolean previewable() {
		return "application/pdf".equals(this.mediaType) || this.mediaType.startsWith("image/");
	}

	public boolean image() {
		return this.mediaType.startsWith("image/");
	}

}
