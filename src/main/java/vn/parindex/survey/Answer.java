package vn.parindex.survey;

import org.jspecify.annotations.Nullable;

/**
 * One answer of a response: a level of the scale, or an option chosen.
 *
 * @param questionCode the question
 * @param level the level 1–5 of a scale question, else null
 * @param optionCode the option of a weighted or choice question, else null
 */
record Answer(String questionCode, @Nullable Integer level, @Nullable String optionCode) {
}
