package vn.parindex.remediation;

/**
 * An evidence file to send.
 *
 * @param fileName its safe name
 * @param contentType its type, detected from its content at upload
 * @param content its bytes
 */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
