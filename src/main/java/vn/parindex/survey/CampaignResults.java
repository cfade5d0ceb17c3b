package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's indexes from its running counts.
 *
 * @param overall the overall index: the mean of the factors' indexes, with the interval
 * of all their answers pooled
 * @param distribution the split of all answers
 * @param factors each factor of scale questions
 * @param responses the responses counted
 * @param sample the required sample (0 without the dossier count)
 * @param options the questions answered with options (weighted and choice), in order
 * @param meanWeight the mean weight of all weighted answers (0–100), null without any
 */
public record CampaignResults(SurveyIndex overall, Distribution distribution, List<FactorResult> factors,
		long responses, long sample, List<OptionResult> options, @Nullable BigDecimal meanWeight) {

	/** Whether any scale question was answered. */
	public boolean hasScale() {
		return this.overall.answers() > 0;
	}

	/**
	 * The campaign's headline figure: the index of its scale answers, else (a form of
	 * weighted questions) the mean option weight; null without answers.
	 */
	public @Nullable BigDecimal index() {
		return hasScale() ? this.overall.value() : this.meanWeight;
	}

	/**
	 * The figure a SURVEY leaf reads: {@code mean_option_weight} gives the mean weight,
	 * any other result the overall index; null without answers.
	 */
	public @Nullable BigDecimal value(@Nullable String result) {
		if ("mean_option_weight".equals(result)) {
			return this.meanWeight;
		}
		return hasScale() ? this.overall.value() : null;
	}

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

	/**
	 * A question answered with options.
	 *
	 * @param code its code
	 * @param text its wording
	 * @param type weighted or choices
	 * @param choices its options in order
	 * @param counts the times each option was chosen, by option code in order
	 * @param answers the options chosen in all
	 * @param meanWeight the mean weight chosen, for a weighted question with answers
	 */
	public record OptionResult(String code, String text, QuestionType type, List<Questionnaire.Option> choices,
			Map<String, Long> counts, long answers, @Nullable BigDecimal meanWeight) {

		/** The share of an option among the options chosen, in %. */
		public BigDecimal share(String option) {
			return OptionCalculator.share(this.counts.getOrDefault(option, 0L), this.answers);
		}

	}

}
