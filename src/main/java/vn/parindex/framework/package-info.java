/**
 * Yearly evaluation cycles and the versioned criteria trees (areas, criteria,
 * sub-criteria) with their scoring rules; built by a later issue.
 */
@NullMarked
package vn.parindex.framework;

import org.jspecify.annotations.NullMarked;
