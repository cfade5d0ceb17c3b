package vn.parindex.survey;

/**
 * What a question asks for.
 */
public enum QuestionType {

	/** One level of the 5-level satisfaction scale; counts in the index. */
	SCALE,

	/**
	 * One of the question's options, each weighted 0–100% (sociological forms: A 100, B
	 * 60, C 20, D 0); counts as max × weight.
	 */
	WEIGHTED,

	/** Any of the question's options, unweighted (expectations, information channels). */
	CHOICES

}
