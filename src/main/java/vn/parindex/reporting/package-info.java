/**
 * Downloads of published results: the xlsx workbook, the PDF annex and scorecards, and
 * the open data (CSV and JSON) under /api/public/v1.
 */
@NullMarked
package vn.parindex.reporting;

import org.jspecify.annotations.NullMarked;
