package vn.parindex.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.parindex.shared.ParindexProperties;

/**
 * Receives an uploaded evidence file: streams it to a temporary file while hashing and
 * counting it, refuses it when empty, too large or not a document or picture by its
 * content, and hands it to the {@link BlobStore}. Whatever fails, no part of the file
 * stays behind.
 */
@Component
public class EvidenceIntake {

	static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
			"application/x-tika-msoffice", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "image/jpeg",
			"image/png");

	private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

	private static final Detector DETECTOR = new DefaultDetector();

	private static final int BUFFER_SIZE = 64 * 1024;

	private final BlobStore store;

	private final Path incoming;

	private final DataSize maxSize;

	public EvidenceIntake(BlobStore store, ParindexProperties parindex, EvidenceProperties evidence) {
		this.store = store;
		this.incoming = evidenceDir(parindex).resolve(".incoming");
		this.maxSize = evidence.maxSize();
	}

	static Path evidenceDir(ParindexProperties parindex) {
		return parindex.dataDir().resolve("evidence");
	}

	/**
	 * @return the largest file accepted
	 */
	public DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * @return the largest file accepted, for people: "50 MB"
	 */
	public String maxSizeText() {
		return Sizes.text(this.maxSize);
	}

	/**
	 * Checks and stores one uploaded file; the same content is stored once.
	 * @param content the upload, read to its end but not closed
	 * @param originalName the name sent by the browser
	 * @return the stored file
	 * @throws EvidenceRejectedException if the file is empty, too large or of a refused
	 * type
	 * @throws EvidenceStorageException if it could not be received or stored
	 */
	public StoredFile receive(InputStream content, @Nullable String originalName) {
		String displayName = FileNames.display(originalName);
		Path temp = null;
		try {
			Files.createDirectories(this.incoming);
			temp = Files.createTempFile(this.incoming, "upload-", ".part");
			return store(content, temp, displayName);
		}
		catch (IOException ex) {
			log.warn("Evidence file '{}' was not received: {}", displayName, ex.toString(), ex);
			throw new EvidenceStorageException(ex);
		}
		catch (EvidenceStorageException ex) {
			log.warn("Evidence file '{}' was not stored in the {} store", displayName, this.store.name(), ex);
			throw ex;
		}
		finally {
			deleteQuietly(temp);
		}
	}

	private StoredFile store(InputStream content, Path temp, String displayName) throws IOException {
		Received received = copy(content, temp);
		String mediaType = checkedType(temp, displayName);
		this.store.put(received.sha256(), temp, received.size(), mediaType);
		return new StoredFile(received.sha256(), received.size(), mediaType, displayName);
	}

	private Received copy(InputStream content, Path temp) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[BUFFER_SIZE];
		long size = 0;
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				size += read;
				if (size > this.maxSize.toBytes()) {
					throw new EvidenceRejectedException("assessment.evidence.too-large", maxSizeText());
				}
				digest.update(buffer, 0, read);
				out.write(ByteBuffer.wrap(buffer, 0, read));
			}
			out.force(true);
		}
		if (size == 0) {
			throw new EvidenceRejectedException("assessment.evidence.empty");
		}
		return new Received(HexFormat.of().formatHex(digest.digest()), size);
	}

	private static String checkedType(Path temp, String displayName) throws IOException {
		String type;
		// Content only: a fresh Metadata carries no file name to hint at a type
		try (TikaInputStream in = TikaInputStream.get(temp)) {
			type = DETECTOR.detect(in, new Metadata()).getBaseType().toString();
		}
		if (!ACCEPTED.contains(type)) {
			log.info("Refused evidence file '{}': its content is {}", displayName, type);
			throw new EvidenceRejectedException("assessment.evidence.type-refused", type, displayName);
		}
		return type;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static void deleteQuietly(@Nullable Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary evidence file {}: {}", temp, ex.toString());
		}
	}

	private record Received(String sha256, long size) {
	}

}
