/**
 * Each unit's self-assessment per period: the scores and explanations it enters leaf by
 * leaf, its evidence documents, and the snapshot taken when its leader submits.
 */
@NullMarked
package vn.parindex.assessment;

import org.jspecify.annotations.NullMarked;
