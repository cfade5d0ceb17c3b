package vn.parindex.framework.rule;

/**
 * The kinds of scoring rule; the names are the lower-case codes of the YAML and xlsx
 * formats ({@code tiered_ratio}).
 */
public enum RuleType {

	/** Done or not done: max or 0. */
	BINARY,
	/** A rate from a numerator and a denominator, mapped to points by tiers. */
	TIERED_RATIO,
	/** Value ÷ target (or base) × max, capped at max. */
	PROPORTIONAL,
	/** A count mapped to points by tiers. */
	COUNT_TIERS,
	/** Points chosen from 0 to max in a configured step. */
	MANUAL_RANGE,
	/** Max minus a deduction per occurrence, never below the floor. */
	DEDUCTION,
	/** Max × a survey index, filled in by the survey module. */
	SURVEY,
	/** Points per event, capped; outside the 100. */
	BONUS,
	/** Negative points per kind of violation, capped; outside the 100. */
	PENALTY;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static RuleType fromCode(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
