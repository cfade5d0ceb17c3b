/**
 * Evidence files: type checks, content-addressed storage on disk or S3.
 */
@NullMarked
@NamedInterface("evidence")
package vn.parindex.assessment.evidence;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
