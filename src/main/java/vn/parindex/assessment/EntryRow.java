package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A leaf's entry as stored.
 *
 * @param code the leaf's code
 * @param input what the unit typed
 * @param selfPoints the self-score computed, null while unscored or N/A
 * @param version the version a form sends back
 * @param updatedAt when it was last saved
 * @param updatedBy by whom
 */
public record EntryRow(String code, EntryInput input, @Nullable BigDecimal selfPoints, long version, Instant updatedAt,
		String updatedBy) {
}
