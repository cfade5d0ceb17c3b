package vn.parindex.assessment.evidence;

/**
 * An evidence file whose content was checked and stored once, under its SHA-256.
 *
 * @param sha256 the lowercase hex SHA-256 of the content, the key in the
 * {@link BlobStore}
 * @param size the number of bytes
 * @param mediaType the type detected from the content (never from the name)
 * @param displayName the sanitised original name, see {@link FileNames#display(String)}
 */
public record StoredFile(String sha256, long size, String mediaType, String displayName) {

}
