/**
 * After publication: each unit's remediation plan for the points it lost and its
 * follow-up, the gap analysis and simulator on published results, and award proposals
 * from rules kept per period (see docs/remediation.md).
 */
@NullMarked
package vn.parindex.remediation;

import org.jspecify.annotations.NullMarked;
