package vn.parindex.organisation;

import java.time.LocalDate;

/**
 * A lineage edge as other modules and forms see it.
 *
 * @param predecessorId the earlier unit
 * @param relation how it became part of the successor
 * @param effective the first day of the successor
 * @param inferred true when the edge comes from names, not from the legal text
 */
public record LineageLink(long predecessorId, LineageRelation relation, LocalDate effective, boolean inferred) {
}
