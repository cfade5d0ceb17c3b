package vn.parindex.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A response waiting for review.
 *
 * @param id its random id
 * @param day the day it was answered
 * @param channel how it came in
 * @param flags why it was held
 * @param answers its answers in the questionnaire's order, by question code: the level
 * 1–5 or the option codes (several joined by ", ")
 */
public record FlaggedResponse(UUID id, LocalDate day, Channel channel, List<SuspicionFlag> flags,
		Map<String, String> answers) {
}
