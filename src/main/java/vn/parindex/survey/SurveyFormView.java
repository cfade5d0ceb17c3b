package vn.parindex.survey;

import java.time.Instant;

/**
 * What the public survey form shows.
 *
 * @param token the campaign's public token
 * @param unitName the surveyed unit
 * @param questionnaire the questions
 * @param open whether answers are taken now
 * @param closesAt when the campaign ends
 * @param stamp the signed moment the form was shown, for its hidden field
 */
public record SurveyFormView(String token, String unitName, Questionnaire questionnaire, boolean open, Instant closesAt,
		String stamp) {
}
