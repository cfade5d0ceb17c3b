package vn.parindex.remediation;

import java.time.Instant;

/**
 * A period's award list was published on the portal; pages that link to it change.
 *
 * @param cycleId the period
 * @param publicationId the publication of results it was made from
 * @param publishedAt when
 */
public record AwardListPublished(long cycleId, long publicationId, Instant publishedAt) {
}
