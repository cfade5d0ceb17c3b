/**
 * Reading spreadsheet imports so that every bad cell is reported and nothing is applied
 * unless every row is good.
 */
@NullMarked
package vn.parindex.shared.xlsx;

import org.jspecify.annotations.NullMarked;
