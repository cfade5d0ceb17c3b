/**
 * Scoring rules: pure functions from what a unit enters to the points of one leaf, one
 * record per rule type. Other modules score with them, so the package is a named
 * interface of the framework module.
 */
@NullMarked
@NamedInterface("rule")
package vn.parindex.framework.rule;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
