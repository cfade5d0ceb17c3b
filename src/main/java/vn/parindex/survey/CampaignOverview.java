package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as the admin follows it.
 *
 * @param id its id
 * @param token its public token
 * @param questionnaire its questionnaire's code, version and title
 * @param period the period's name
 * @param unit the surveyed unit's name
 * @param opensAt when answers start to be taken
 * @param closesAt when they stop
 * @param population the unit's dossiers, if known
 * @param responses the responses taken
 * @param codes the one-time codes imported
 * @param codesUsed how many of them answered
 * @param pending the flagged responses waiting for review
 */
public record CampaignOverview(long id, String token, String questionnaire, String period, String unit, Instant opensAt,
		Instant closesAt, @Nullable Integer population, long responses, long codes, long codesUsed, long pending) {

	/** The required sample n = N ÷ (1 + N·e²) at e = 5%; 0 without the dossier count. */
	public long sample() {
		return SurveyMath.requiredSample(this.population);
	}

	/**
	 * Responses against the required sample, in %, at most 100; null without a sample.
	 */
	public @Nullable BigDecimal progress() {
		long sample = sample();
		if (sample == 0) {
			return null;
		}
		return BigDecimal.valueOf(Math.min(this.responses, sample) * 100)
			.divide(BigDecimal.valueOf(sample), 1, RoundingMode.DOWN);
	}

}
