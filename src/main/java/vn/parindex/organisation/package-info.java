/**
 * Provinces, unit types, peer groups, evaluated units with their lineage through mergers
 * and splits, and the sub-units inside them.
 */
@NullMarked
package vn.parindex.organisation;

import org.jspecify.annotations.NullMarked;
