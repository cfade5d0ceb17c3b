package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A leaf saved through the API: its self-score computed by the server, its new version,
 * and the totals it moved.
 *
 * @param code the leaf
 * @param selfPoints the self-score, null while unscored or N/A
 * @param version the version to send with the next change
 * @param updatedAt when it was saved
 * @param updatedBy by whom
 * @param overall the whole framework's totals
 * @param field the totals of the leaf's field
 * @param blocking how many problems still block submission
 */
record EntrySavedJson(String code, @Nullable BigDecimal selfPoints, long version, Instant updatedAt, String updatedBy,
		AssessmentJson.Totals overall, AssessmentJson.Totals field, int blocking) {

	static EntrySavedJson of(EntrySaved saved) {
		EntryRow entry = saved.entry();
		String field = entry.code().contains(".") ? entry.code().substring(0, entry.code().indexOf('.')) : entry.code();
		return new EntrySavedJson(entry.code(), entry.selfPoints(), entry.version(), entry.updatedAt(),
				entry.updatedBy(), AssessmentJson.Totals.of(saved.tallies().getOrDefault("", Tally.ZERO)),
				AssessmentJson.Totals.of(saved.tallies().getOrDefault(field, Tally.ZERO)), saved.blocking());
	}

}
