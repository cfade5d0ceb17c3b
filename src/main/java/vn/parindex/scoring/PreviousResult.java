package vn.parindex.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A unit's result of the previous year, already resolved through a 1:1 lineage by the
 * caller and keyed by the current unit's id.
 *
 * @param points last year's {@link UnitResult#points()}
 * @param percent last year's index %
 * @param rank last year's rank; null if it was not ranked
 * @param peerGroupSize how many units were ranked in last year's peer group
 */
public record PreviousResult(BigDecimal points, BigDecimal percent, @Nullable Integer rank, int peerGroupSize) {

}
