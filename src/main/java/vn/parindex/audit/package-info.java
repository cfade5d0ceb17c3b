/**
 * The append-only audit log: who changed what, when, from where, with the old and new
 * values.
 */
@NullMarked
package vn.parindex.audit;

import org.jspecify.annotations.NullMarked;
