package vn.parindex.framework.rule;

/**
 * An input field of the scoring form; each maps to a component of {@link RuleInput}.
 */
public enum RuleInputKind {

	MET, NUMERATOR, DENOMINATOR, VALUE, COUNT, POINTS, EVENTS, SURVEY_INDEX

}
