/**
 * The council's appraisal rounds, the explanation round and the locked final scores;
 * built by a later issue.
 */
@NullMarked
package vn.parindex.appraisal;

import org.jspecify.annotations.NullMarked;
