package vn.parindex.remediation;

/**
 * An evidence file as the audit records it (without its content).
 *
 * @param id the file
 * @param itemId the plan line it proves
 * @param fileName its name
 * @param contentType its type, detected from the content
 * @param size its size in bytes
 * @param sha256 its SHA-256, lowercase hex
 */
public record EvidenceSummary(long id, long itemId, String fileName, String contentType, long size, String sha256) {
}
