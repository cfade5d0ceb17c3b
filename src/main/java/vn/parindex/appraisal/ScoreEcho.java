package vn.parindex.appraisal;

import org.jspecify.annotations.Nullable;

/**
 * A refused score form as the appraiser typed it, shown again on its leaf so nothing
 * typed is lost.
 *
 * @param code the leaf
 * @param points the points typed
 * @param comment the comment typed
 * @param flagged whether the flag was ticked
 * @param naRefused whether N/A was refused
 */
public record ScoreEcho(String code, @Nullable String points, @Nullable String comment, boolean flagged,
		boolean naRefused) {
}
