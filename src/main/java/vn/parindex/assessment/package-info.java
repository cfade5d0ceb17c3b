/**
 * Each unit's self-assessment per cycle, with its evidence documents; built by a later
 * issue.
 */
@NullMarked
package vn.parindex.assessment;

import org.jspecify.annotations.NullMarked;
