/**
 * Results computed from the council's approved scores (points, %, ranking within peer
 * groups, bands, year-over-year), and their publication as immutable, hashed snapshots.
 */
@NullMarked
package vn.parindex.scoring;

import org.jspecify.annotations.NullMarked;
