package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The survey formulas, as pure functions: the index by either formula with its 95%
 * interval, the satisfied / neutral / dissatisfied split, the required sample, and the
 * points a SURVEY leaf or a weighted sociological question gives. See docs/survey.md.
 */
public final class SurveyMath {

	/** The 97.5th percentile of the standard normal distribution. */
	static final double Z95 = 1.959963984540054;

	/** The default margin of error of the sample size: 5%. */
	public static final BigDecimal DEFAULT_MARGIN = new BigDecimal("0.05");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SurveyMath() {
	}

	/** The index of the tally by the formula, with its 95% interval. */
	public static SurveyIndex index(Tally tally, IndexFormula formula) {
		long n = tally.valid();
		if (n == 0) {
			return new SurveyIndex(zero(), zero(), zero(), 0);
		}
		if (formula == IndexFormula.SATISFIED_SHARE) {
			double[] interval = wilson(tally.satisfied(), n);
			return new SurveyIndex(percent(tally.satisfied(), n), percent(interval[0]), percent(interval[1]), n);
		}
		BigDecimal value = BigDecimal.valueOf(tally.levelSum() - n)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(4 * n), 2, RoundingMode.HALF_UP);
		double mean = (double) tally.levelSum() / n;
		double variance = (n > 1) ? Math.max(0, (tally.levelSquareSum() - n * mean * mean) / (n - 1)) : 0;
		double half = Z95 * Math.sqrt(variance / n) * 25;
		double scaled = (mean - 1) * 25;
		return new SurveyIndex(value, percent(Math.max(0, scaled - half) / 100),
				percent(Math.min(100, scaled + half) / 100), n);
	}

	/** The split of valid answers in %. */
	public static Distribution distribution(Tally tally) {
		long n = tally.valid();
		if (n == 0) {
			return new Distribution(zero(), zero(), zero());
		}
		return new Distribution(percent(tally.satisfied(), n), percent(tally.neutral(), n),
				percent(tally.dissatisfied(), n));
	}

	/**
	 * Wilson's 95% score interval of a proportion of successes among n, as two fractions
	 * (without continuity correction).
	 */
	static double[] wilson(long successes, long n) {
		double p = (double) successes / n;
		double z2 = Z95 * Z95;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
	}

	/**
	 * The required sample n = N ÷ (1 + N·e²), rounded up: for 12,000 dossiers and e = 5%,
	 * 387.1, so 388 answers.
	 */
	public static long sampleSize(long population, BigDecimal margin) {
		if (population <= 0) {
			return 0;
		}
		BigDecimal size = BigDecimal.valueOf(population);
		BigDecimal denominator = BigDecimal.ONE.add(size.multiply(margin).multiply(margin));
		return size.divide(denominator, 0, RoundingMode.CEILING).longValueExact();
	}

	/**
	 * The sample a campaign needs at the default 5% margin; 0 without the dossier count.
	 */
	public static long requiredSample(@org.jspecify.annotations.Nullable Integer population) {
		return (population != null) ? sampleSize(population, DEFAULT_MARGIN) : 0;
	}

	/** The points of a SURVEY leaf: max × index ÷ 100, to 2 decimals. */
	public static BigDecimal leafPoints(BigDecimal max, BigDecimal index) {
		return max.multiply(index).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/**
	 * The points of a weighted question of a sociological form: max × the mean weight of
	 * the options chosen (weights in %, such as A = 100, B = 60, C = 20, D = 0).
	 */
	public static BigDecimal weightedPoints(BigDecimal max, List<BigDecimal> chosenWeights) {
		if (chosenWeights.isEmpty()) {
			return zero();
		}
		BigDecimal sum = chosenWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return max.multiply(sum)
			.divide(HUNDRED.multiply(BigDecimal.valueOf(chosenWeights.size())), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(double fraction) {
		return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
