package vn.parindex.scoring;

/**
 * A publication with its frozen results.
 *
 * @param publication its identity, hash and whether it is current
 * @param snapshot the results as published
 */
public record PublishedResults(Publication publication, ResultsSnapshot snapshot) {
}
