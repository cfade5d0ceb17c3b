package vn.parindex.survey;

import java.math.BigDecimal;

/**
 * An index out of 100 with its 95% confidence interval, all rounded half up to 2
 * decimals.
 *
 * @param value the index; 0 without answers
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 * @param answers how many valid answers it rests on
 */
public record SurveyIndex(BigDecimal value, BigDecimal low, BigDecimal high, long answers) {
}
