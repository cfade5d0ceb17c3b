package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The questions answered with options, from their running counts: each option's count and
 * share, and for weighted questions (the sociological forms: A 100%, B 60%, C 20%, D 0%)
 * the mean weight of the options chosen, per question and pooled over all of them.
 */
final class OptionCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private OptionCalculator() {
	}

	static List<CampaignResults.OptionResult> questions(Questionnaire questionnaire,
			Map<String, Map<String, Long>> counts) {
		List<CampaignResults.OptionResult> results = new ArrayList<>();
		for (Questionnaire.Question question : questionnaire.questions()) {
			if (question.type() != QuestionType.SCALE) {
				results.add(question(question, counts.getOrDefault(question.code(), Map.of())));
			}
		}
		return results;
	}

	/**
	 * The mean weight of every weighted answer pooled, 0–100 to 2 decimals; null without
	 * weighted answers.
	 */
	static @Nullable BigDecimal pooledMeanWeight(Questionnaire questionnaire, Map<String, Map<String, Long>> counts) {
		BigDecimal sum = BigDecimal.ZERO;
		long answers = 0;
		for (Questionnaire.Question question : questionnaire.questions()) {
			if (question.type() == QuestionType.WEIGHTED) {
				Map<String, Long> chosen = counts.getOrDefault(question.code(), Map.of());
				sum = sum.add(weightedSum(question, chosen));
				answers += answered(question, chosen);
			}
		}
		return mean(sum, answers);
	}

	private static CampaignResults.OptionResult question(Questionnaire.Question question, Map<String, Long> chosen) {
		long answers = answered(question, chosen);
		Map<String, Long> perOption = new LinkedHashMap<>();
		question.options().forEach((option) -> perOption.put(option.code(), chosen.getOrDefault(option.code(), 0L)));
		BigDecimal meanWeight = (question.type() == QuestionType.WEIGHTED)
				? mean(weightedSum(question, chosen), answers) : null;
		return new CampaignResults.OptionResult(question.code(), question.textVi(), question.type(), question.options(),
				perOption, answers, meanWeight);
	}

	private static long answered(Questionnaire.Question question, Map<String, Long> chosen) {
		return question.options().stream().mapToLong((option) -> chosen.getOrDefault(option.code(), 0L)).sum();
	}

	private static BigDecimal weightedSum(Questionnaire.Question question, Map<String, Long> chosen) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Questionnaire.Option option : question.options()) {
			BigDecimal weight = (option.weight() != null) ? option.weight() : BigDecimal.ZERO;
			sum = sum.add(weight.multiply(BigDecimal.valueOf(chosen.getOrDefault(option.code(), 0L))));
		}
		return sum;
	}

	private static @Nullable BigDecimal mean(BigDecimal sum, long answers) {
		return (answers > 0) ? sum.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP) : null;
	}

	/** The share of the answers in %, to 2 decimals. */
	static BigDecimal share(long count, long answers) {
		return (answers > 0) ? BigDecimal.valueOf(count)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
	}

}
