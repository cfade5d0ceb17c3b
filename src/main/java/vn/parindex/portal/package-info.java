/**
 * The public, read-only results portal and its open data; built by a later issue.
 */
@NullMarked
package vn.parindex.portal;

import org.jspecify.annotations.NullMarked;
