/**
 * Remediation plans for lost points, gap analysis and award proposals; built by a later
 * issue.
 */
@NullMarked
package vn.parindex.remediation;

import org.jspecify.annotations.NullMarked;
