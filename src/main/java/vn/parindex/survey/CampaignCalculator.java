package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a campaign's counts per question and level into its indexes: per question, per
 * factor (all the factor's answers) and overall (the mean of the factors' indexes). Only
 * scale questions count.
 */
final class CampaignCalculator {

	private static final Tally NONE = Tally.of(0, 0, 0, 0, 0);

	private CampaignCalculator() {
	}

	static CampaignResults compute(Questionnaire questionnaire, Map<String, Tally> tallies, long responses,
			long sample) {
		return compute(questionnaire, tallies, Map.of(), responses, sample);
	}

	/** As above, with the counts of the options chosen, by question and option code. */
	static CampaignResults compute(Questionnaire questionnaire, Map<String, Tally> tallies,
			Map<String, Map<String, Long>> options, long responses, long sample) {
		List<CampaignResults.FactorResult> factors = new ArrayList<>();
		Tally all = NONE;
		for (Questionnaire.Factor factor : questionnaire.factors()) {
			Tally pooled = NONE;
			List<CampaignResults.QuestionResult> questions = new ArrayList<>();
			for (Questionnaire.Question question : factor.questions()) {
				if (question.type() != QuestionType.SCALE) {
					continue;
				}
				Tally tally = tallies.getOrDefault(question.code(), NONE);
				pooled = pooled.plus(tally);
				questions.add(new CampaignResults.QuestionResult(question.code(), question.textVi(), tally,
						SurveyMath.index(tally, questionnaire.formula()), SurveyMath.distribution(tally)));
			}
			if (!questions.isEmpty()) {
				all = all.plus(pooled);
				factors.add(new CampaignResults.FactorResult(factor.code(), factor.nameVi(),
						SurveyMath.index(pooled, questionnaire.formula()), SurveyMath.distribution(pooled), questions));
			}
		}
		SurveyIndex pooled = SurveyMath.index(all, questionnaire.formula());
		List<BigDecimal> answered = factors.stream()
			.filter((factor) -> factor.index().answers() > 0)
			.map((factor) -> factor.index().value())
			.toList();
		BigDecimal mean = answered.isEmpty() ? pooled.value()
				: answered.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(answered.size()), 2, RoundingMode.HALF_UP);
		return new CampaignResults(new SurveyIndex(mean, pooled.low(), pooled.high(), pooled.answers()),
				SurveyMath.distribution(all), factors, responses, sample,
				OptionCalculator.questions(questionnaire, options),
				OptionCalculator.pooledMeanWeight(questionnaire, options));
	}

}
