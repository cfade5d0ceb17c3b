package vn.parindex.remediation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * The rule form: percents are typed as text, with a comma or a point.
 *
 * @param award the award's name
 * @param firstInGroup whether rank 1 in the peer group is required
 * @param minPercent the least index %, blank for none
 * @param minFieldPercent the least % of every field, blank for none
 * @param excludePenalty whether a unit with a penalty is left out
 * @param version the version of the rule edited, 0 for a new one
 */
record AwardRuleForm(@Nullable String award, @Nullable Boolean firstInGroup, @Nullable String minPercent,
		@Nullable String minFieldPercent, @Nullable Boolean excludePenalty, @Nullable Long version) {

	static final int MAX_AWARD = 100;

	static AwardRuleForm empty() {
		return new AwardRuleForm("", false, "", "", true, 0L);
	}

	static AwardRuleForm of(AwardRule rule) {
		return new AwardRuleForm(rule.award(), rule.firstInGroup(), text(rule.minPercent()),
				text(rule.minFieldPercent()), rule.excludePenalty(), rule.version());
	}

	/** The rule it describes; a broken condition throws with the reason. */
	AwardRule toRule(long id, int position) {
		String name = (this.award != null) ? this.award.strip() : "";
		if (name.isEmpty()) {
			throw new BusinessRuleException("remediation.awards.rule.award-required");
		}
		if (name.length() > MAX_AWARD) {
			throw new BusinessRuleException("remediation.awards.rule.award-too-long", MAX_AWARD);
		}
		AwardRule rule = new AwardRule(id, position, name, Boolean.TRUE.equals(this.firstInGroup),
				percent(this.minPercent, "remediation.awards.rule.min-percent-invalid"),
				percent(this.minFieldPercent, "remediation.awards.rule.min-field-percent-invalid"),
				Boolean.TRUE.equals(this.excludePenalty), (this.version != null) ? this.version : 0);
		if (!rule.hasCondition()) {
			throw new BusinessRuleException("remediation.awards.rule.no-condition");
		}
		return rule;
	}

	private static @Nullable BigDecimal percent(@Nullable String text, String invalid) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
			if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BusinessRuleException(invalid);
	}

	private static String text(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString().replace('.', ',') : "";
	}

}
