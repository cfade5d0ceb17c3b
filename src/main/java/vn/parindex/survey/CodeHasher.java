package vn.parindex.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.parindex.shared.ParindexProperties;

/**
 * One-time codes are kept only as HMAC-SHA256 under a key that is not in the database, so
 * a copy of the database cannot be searched for a dossier code. The key is
 * {@code parindex.survey.code-key} (Base64) or, without it, 32 random bytes written once
 * to {@code ${parindex.data-dir}/survey-code.key}. Losing the key makes the imported
 * codes unusable, so it belongs in the backup (docs/operations.md).
 */
@Component
class CodeHasher {

	private final SecretKeySpec key;

	CodeHasher(@Value("${parindex.survey.code-key:}") String configured, ParindexProperties properties) {
		byte[] bytes = StringUtils.hasText(configured) ? Base64.getDecoder().decode(configured.strip())
				: fileKey(properties.dataDir().resolve("survey-code.key"));
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** The code as people type it: spaces dropped, upper case. */
	static String normalise(String code) {
		return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	String hash(long campaignId, String code) {
		return HexFormat.of().formatHex(mac(this.key, campaignId + ":" + normalise(code)));
	}

	/**
	 * An HMAC-SHA256 of the message under a key derived from this one for the purpose
	 * (HMAC of {@code "purpose:" + purpose}), so that the code key itself signs nothing
	 * else and outlives restarts with it.
	 */
	String sign(String purpose, String message) {
		SecretKeySpec derived = new SecretKeySpec(mac(this.key, "purpose:" + purpose), "HmacSHA256");
		return HexFormat.of().formatHex(mac(derived, message));
	}

	private static byte[] mac(SecretKeySpec key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java", ex);
		}
	}

	private static byte[] fileKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions apply
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the survey code key " + file, ex);
		}
	}

}
