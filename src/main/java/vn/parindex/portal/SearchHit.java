package vn.parindex.portal;

import vn.parindex.scoring.Publication;

/**
 * A unit found by name in a current publication.
 *
 * @param publication where
 * @param groupName its peer group's name
 * @param row its result
 */
record SearchHit(Publication publication, String groupName, RankingRow row) {
}
