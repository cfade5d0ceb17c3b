/**
 * Web plumbing shared by every module: error pages and ProblemDetail answers, request
 * ids, language switching and template helpers.
 */
@NullMarked
package vn.parindex.shared.web;

import org.jspecify.annotations.NullMarked;
