package vn.parindex.remediation;

import java.time.Instant;

/**
 * An evidence file as listed under its line.
 *
 * @param id the file
 * @param itemId the line
 * @param fileName its name
 * @param contentType its type
 * @param size its size in bytes
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record EvidenceFileRow(long id, long itemId, String fileName, String contentType, long size, String uploadedBy,
		Instant uploadedAt) {
}
