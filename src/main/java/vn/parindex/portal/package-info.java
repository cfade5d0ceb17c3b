/**
 * The public, read-only results portal (no login): published rankings with charts, unit
 * pages with trends, comparison, diacritic-insensitive search and the embeddable widget,
 * cached by ETag.
 */
@NullMarked
package vn.parindex.portal;

import org.jspecify.annotations.NullMarked;
