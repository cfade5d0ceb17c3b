package vn.parindex.survey;

/**
 * How a questionnaire turns answers into an index out of 100; chosen per questionnaire.
 */
public enum IndexFormula {

	/**
	 * The share of "hài lòng" and "rất hài lòng" among valid answers, in % (the working
	 * model of QĐ 2640/QĐ-BNV and QĐ 1001/QĐ-BNV); its interval is Wilson's.
	 */
	SATISFIED_SHARE,

	/**
	 * The mean level rescaled from 1..5 to 0..100: (mean − 1) ÷ 4 × 100; its interval is
	 * the normal one of the mean.
	 */
	MEAN_SCALED

}
