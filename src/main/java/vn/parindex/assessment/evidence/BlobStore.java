package vn.parindex.assessment.evidence;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the content of evidence files is kept, keyed by the lowercase hex SHA-256 of the
 * content, so the same file is stored once however often it is attached. Failures of the
 * underlying storage surface as {@link EvidenceStorageException}.
 */
public interface BlobStore {

	/**
	 * @param sha256 the lowercase hex SHA-256 of the content
	 * @return whether the content is stored
	 */
	boolean exists(String sha256);

	/**
	 * Stores a finished file atomically: readers never see part of it. Does nothing when
	 * the content is already stored. The store may move the file away; the caller deletes
	 * it if it is still there afterwards.
	 * @param sha256 the lowercase hex SHA-256 of the file's content
	 * @param file the finished file
	 * @param size its size in bytes
	 * @param mediaType its checked media type
	 */
	void put(String sha256, Path file, long size, String mediaType);

	/**
	 * @param sha256 the lowercase hex SHA-256 of the content
	 * @return the content, to be closed by the caller
	 * @throws vn.parindex.shared.NotFoundException if the content is not stored
	 */
	InputStream open(String sha256);

	/**
	 * @return {@code disk} or {@code s3}, for logs and health checks
	 */
	String name();

}
