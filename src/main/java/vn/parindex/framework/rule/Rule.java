package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a leaf turns inputs into points. Every rule is a pure function: the same max and
 * inputs always give the same points, rounded half-up to two decimals.
 */
public sealed interface Rule permits BinaryRule, TieredRule, ProportionalRule, ManualRangeRule, DeductionRule,
		SurveyRule, BonusRule, PenaltyRule {

	RuleType type();

	/**
	 * The points for these inputs.
	 * @param max the leaf's maximum points (the cap for bonus and penalty rules is in the
	 * parameters)
	 * @throws RuleInputException when an input the rule needs is missing or out of range
	 */
	BigDecimal points(BigDecimal max, RuleInput input);

	/** The parameters as the YAML format writes them. */
	Map<String, Object> params();

	/**
	 * What is wrong with the parameters for a leaf of this max; empty when nothing is.
	 */
	List<RuleProblem> problems(BigDecimal max);

	/** The inputs a unit enters, in the order a form shows them. */
	List<RuleInputKind> inputs();

	/** The parameters read back from a file or the database. */
	static Rule of(RuleType type, Map<String, ?> params) {
		return RuleParams.read(type, params);
	}

}
