package vn.parindex.scoring;

import java.time.Instant;

/**
 * A period's results were published (or corrected); the remediation module starts from
 * here.
 *
 * @param cycleId the period
 * @param publicationId the publication
 * @param seq 1 for the first publication, 2… for corrections
 * @param publishedAt when
 */
public record ScoresPublished(long cycleId, long publicationId, int seq, Instant publishedAt) {
}
