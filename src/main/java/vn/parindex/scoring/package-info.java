/**
 * Index scores, ranking within peer groups and classification bands; built by a later
 * issue.
 */
@NullMarked
package vn.parindex.scoring;

import org.jspecify.annotations.NullMarked;
