package vn.parindex.survey;

import java.util.List;

/**
 * A campaign's indexes from its running counts.
 *
 * @param overall the overall index: the mean of the factors' indexes, with the interval
 * of all their answers pooled
 * @param distribution the split of all answers
 * @param factors each factor of scale questions
 * @param responses the responses counted
 * @param sample the required sample (0 without the dossier count)
 */
public record CampaignResults(SurveyIndex overall, Distribution distribution, List<FactorResult> factors,
		long responses, long sample) {

	/** Whether fewer responses came than the sample needs. */
	public boolean belowSample() {
		return this.sample > 0 && this.responses < this.sample;
	}

	/**
	 * A factor's results.
	 *
	 * @param code its code
	 * @param name its name
	 * @param index its index from all its questions' answers
	 * @param distribution their split
	 * @param questions each scale question
	 */
	public record FactorResult(String code, String name, SurveyIndex index, Distribution distribution,
			List<QuestionResult> questions) {
	}

	/**
	 * A question's results.
	 *
	 * @param code its code
	 * @param text its wording
	 * @param tally its answers per level
	 * @param index its index
	 * @param distribution their split
	 */
	public record QuestionResult(String code, String text, Tally tally, SurveyIndex index, Distribution distribution) {
	}

}
