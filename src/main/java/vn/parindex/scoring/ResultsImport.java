package vn.parindex.scoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An import of a period's official points from the province's published tables.
 *
 * @param id its id
 * @param cycleId the period
 * @param source where the points come from, such as the annex of the decision
 * @param fileName the imported file's name
 * @param sha256 the SHA-256 of the imported file
 * @param unitCount how many units it scored
 * @param rowCount how many leaf rows it held
 * @param importedAt when
 * @param importedBy who
 * @param replacedAt when a later import replaced it; null while it counts
 */
public record ResultsImport(long id, long cycleId, String source, String fileName, String sha256, int unitCount,
		int rowCount, Instant importedAt, String importedBy, @Nullable Instant replacedAt) {

	public boolean current() {
		return this.replacedAt == null;
	}

}
