/**
 * Evaluation periods (kỳ đánh giá): the frameworks used per peer group, the phase
 * calendar, the units evaluated, deadline extensions, and the deadline checks other
 * modules call. Other modules use {@link vn.parindex.framework.cycle.CycleManagement}, so
 * the package is a named interface of the framework module.
 */
@NullMarked
@NamedInterface("cycle")
package vn.parindex.framework.cycle;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
