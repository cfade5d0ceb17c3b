/**
 * SIPAS and sociological questionnaires, anonymous responses and the indexes they yield;
 * built by a later issue.
 */
@NullMarked
package vn.parindex.survey;

import org.jspecify.annotations.NullMarked;
