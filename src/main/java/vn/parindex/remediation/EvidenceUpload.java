package vn.parindex.remediation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.evidence.FileNames;
import vn.parindex.shared.BusinessRuleException;

/**
 * Checks an evidence file for a plan line: not empty, at most 20 MB, and by its content
 * (never its name) a PDF, Word or Excel document, a PNG or JPEG picture, or a zip.
 */
final class EvidenceUpload {

	/** The largest file accepted. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
			"application/x-tika-msoffice", "application/x-tika-ooxml",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg",
			"application/zip");

	private static final Detector DETECTOR = new DefaultDetector();

	private EvidenceUpload() {
	}

	/**
	 * Reads and checks the upload.
	 * @param in the upload, read to its end but not closed
	 * @param originalName the name the browser sent
	 * @return the checked file with its safe name
	 */
	static Checked check(InputStream in, @Nullable String originalName) {
		String name = FileNames.display(originalName);
		try {
			byte[] content = in.readNBytes(MAX_BYTES + 1);
			if (content.length == 0) {
				throw new BusinessRuleException("remediation.plan.evidence.empty", name);
			}
			if (content.length > MAX_BYTES) {
				throw new BusinessRuleException("remediation.plan.evidence.too-large", name, "20 MB");
			}
			String type;
			try (TikaInputStream tika = TikaInputStream.get(content)) {
				type = DETECTOR.detect(tika, new Metadata()).getBaseType().toString();
			}
			if (!ACCEPTED.contains(type)) {
				throw new BusinessRuleException("remediation.plan.evidence.type-refused", name);
			}
			return new Checked(name, type, sha256(content), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A file that passed the checks.
	 *
	 * @param name its safe display name
	 * @param contentType its type by content
	 * @param sha256 its hash
	 * @param content its bytes
	 */
	record Checked(String name, String contentType, String sha256, byte[] content) {
	}

}
