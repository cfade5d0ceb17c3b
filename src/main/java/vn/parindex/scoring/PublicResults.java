package vn.parindex.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read: published results only, for anyone, signed in or not. A
 * period that is not published does not exist here, so no public page, export or API can
 * reveal it.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

	private final PublicationStore store;

	PublicResults(PublicationStore store) {
		this.store = store;
	}

	/** The current publication of every published period, newest year first. */
	public List<Publication> current() {
		return this.store.current();
	}

	/** Every publication of a period, corrections included, newest first. */
	public List<Publication> history(long cycleId) {
		return this.store.history(cycleId);
	}

	/** A publication with its results, current or superseded. */
	public Optional<PublishedResults> publication(long publicationId) {
		return this.store.find(publicationId);
	}

	/** The current publication of a period with its results. */
	public Optional<PublishedResults> latest(long cycleId) {
		return this.store.current()
			.stream()
			.filter((publication) -> publication.cycleId() == cycleId)
			.findFirst()
			.flatMap((publication) -> this.store.find(publication.id()));
	}

	/**
	 * The exact canonical JSON that was hashed, for download and checking with any
	 * SHA-256 tool.
	 */
	public Optional<String> canonicalJson(long publicationId) {
		return this.store.json(publicationId);
	}

}
