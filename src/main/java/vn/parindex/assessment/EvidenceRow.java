package vn.parindex.assessment;

import java.time.Instant;

/**
 * An evidence document on a leaf, with its file.
 *
 * @param id the attachment's id
 * @param code the leaf's code
 * @param file the file
 * @param details number, date, issuer, note
 * @param attachedBy who attached it
 * @param attachedAt when
 * @param explanation whether it was added in the explanation round
 */
public record EvidenceRow(long id, String code, FileRow file, EvidenceDetails details, String attachedBy,
		Instant attachedAt, boolean explanation) {
}
