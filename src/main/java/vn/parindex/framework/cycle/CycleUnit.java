package vn.parindex.framework.cycle;

import jakarta.persistence.Embeddable;

/**
 * A unit in a period's snapshot: its peer group then, and whether it is ranked.
 *
 * @param peerGroupId the peer group it is compared in
 * @param ranked whether it takes a place in the ranking
 */
@Embeddable
record CycleUnit(long peerGroupId, boolean ranked) {
}
