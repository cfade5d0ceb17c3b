package vn.parindex.organisation;

/**
 * How a predecessor unit became (part of) its successor.
 */
public enum LineageRelation {

	/** Several units merged into one. */
	MERGED_INTO,
	/** One unit split into several. */
	SPLIT_INTO,
	/** A district's area is now covered by communes and wards (2025 reorganisation). */
	AREA_TAKEN_OVER_BY,
	/** The same unit under a new name: the only relation that is always 1:1. */
	RENAMED

}
