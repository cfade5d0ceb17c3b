/**
 * Excel and PDF exports and management reports; built by a later issue.
 */
@NullMarked
package vn.parindex.reporting;

import org.jspecify.annotations.NullMarked;
