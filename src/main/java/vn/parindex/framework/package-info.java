/**
 * Criteria frameworks: versioned trees of fields, criteria and sub-criteria per year and
 * unit type, with scoring rules, bands and settings; their validation, import, export,
 * clone and diff. Evaluation periods live in {@code framework.cycle}.
 */
@NullMarked
package vn.parindex.framework;

import org.jspecify.annotations.NullMarked;
