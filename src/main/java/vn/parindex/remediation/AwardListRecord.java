package vn.parindex.remediation;

import java.time.Instant;

/**
 * A period's published award list as stored.
 *
 * @param cycleId the period
 * @param publicationId the publication the list was made from
 * @param publishedAt when it was published on the portal
 * @param publishedBy by whom
 */
record AwardListRecord(long cycleId, long publicationId, Instant publishedAt, String publishedBy) {
}
