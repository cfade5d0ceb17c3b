package vn.parindex.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps evidence content in files named by their SHA-256 under
 * {@code ${parindex.data-dir}/evidence/ab/cd/abcd…}, outside any web root. A file appears
 * by an atomic rename, so readers see the whole content or nothing.
 */
final class DiskBlobStore implements BlobStore {

	private final Path root;

	DiskBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return this.root;
	}

	Path pathOf(String sha256) {
		Sha256.require(sha256);
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	@Override
	public boolean exists(String sha256) {
		return Sha256.isValid(sha256) && Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public void put(String sha256, Path file, long size, String mediaType) {
		Path target = pathOf(sha256);
		try {
			if (Files.isRegularFile(target)) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(target.getParent());
			move(file, target);
		}
		catch (IOException ex) {
			throw new EvidenceStorageException(ex);
		}
	}

	@Override
	public InputStream open(String sha256) {
		if (!Sha256.isValid(sha256)) {
			throw Sha256.notFound(sha256);
		}
		try {
			return Files.newInputStream(pathOf(sha256));
		}
		catch (NoSuchFileException ex) {
			throw Sha256.notFound(sha256);
		}
		catch (IOException ex) {
			throw new EvidenceStorageException(ex);
		}
	}

	@Override
	public String name() {
		return "disk";
	}

	private static void move(Path file, Path target) throws IOException {
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Path sibling = Files.createTempFile(target.getParent(), ".put-", ".part");
			try {
				Files.copy(file, sibling, StandardCopyOption.REPLACE_EXISTING);
				Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(sibling);
			}
		}
	}

}
