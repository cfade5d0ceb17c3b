package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.framework.rule.BinaryRule;
import vn.parindex.framework.rule.BonusRule;
import vn.parindex.framework.rule.DeductionRule;
import vn.parindex.framework.rule.ManualRangeRule;
import vn.parindex.framework.rule.PenaltyEvent;
import vn.parindex.framework.rule.PenaltyRule;
import vn.parindex.framework.rule.ProportionalRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.SurveyRule;
import vn.parindex.framework.rule.Tier;
import vn.parindex.framework.rule.TieredRule;
import vn.parindex.shared.Formats;

/**
 * A leaf's rule in a few words for the tree and the printable view, such as "≥ 100: 2 ·
 * 80–&lt;100: 1 · còn lại: 0", with numbers written the Vietnamese way.
 */
@Component
class RuleSummaries {

	private static final String SEPARATOR = " · ";

	private final MessageSource messages;

	RuleSummaries(MessageSource messages) {
		this.messages = messages;
	}

	String of(NodeDefinition node, Locale locale) {
		Rule rule = node.rule();
		if (rule == null) {
			return "";
		}
		BigDecimal max = (node.maxPoints() != null) ? node.maxPoints() : BigDecimal.ZERO;
		if (rule instanceof TieredRule tiered) {
			return tiers(tiered, locale);
		}
		if (rule instanceof PenaltyRule penalty) {
			return penalty(penalty, locale);
		}
		if (rule instanceof ManualRangeRule manual) {
			return text(locale, "framework.summary.manual", n(max), n(manual.step()));
		}
		return (rule instanceof BinaryRule) ? text(locale, "framework.summary.binary", n(max)) : other(rule, locale);
	}

	private String other(Rule rule, Locale locale) {
		if (rule instanceof ProportionalRule proportional) {
			BigDecimal divisor = (proportional.target() != null) ? proportional.target() : proportional.base();
			return text(locale, "framework.summary.proportional", n(divisor));
		}
		if (rule instanceof DeductionRule deduction) {
			return text(locale, "framework.summary.deduction", n(deduction.perEvent()), n(deduction.floor()));
		}
		if (rule instanceof SurveyRule survey) {
			return text(locale, "framework.summary.survey",
					(survey.instrument() != null) ? "(" + survey.instrument() + ")" : "");
		}
		BonusRule bonus = (BonusRule) rule;
		return text(locale, "framework.summary.bonus", n(bonus.perEvent()), n(bonus.cap()));
	}

	private String tiers(TieredRule rule, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (Tier tier : rule.tiers()) {
			parts.add(range(tier) + ": " + n(tier.points()));
		}
		parts.add(text(locale, "framework.summary.else") + ": " + n(rule.elsePoints()));
		return String.join(SEPARATOR, parts);
	}

	/** {@code ≥ 100}, {@code > 5}, {@code 80–<100}, {@code >80–100}. */
	static String range(Tier tier) {
		if (tier.to() == null) {
			return (tier.fromInclusive() ? "≥ " : "> ") + n(tier.from());
		}
		return (tier.fromInclusive() ? "" : ">") + n(tier.from()) + "–" + (tier.toInclusive() ? "" : "<")
				+ n(tier.to());
	}

	private String penalty(PenaltyRule rule, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (PenaltyEvent event : rule.events()) {
			String name = (event.nameVi() != null) ? event.nameVi() : event.code();
			parts.add(name + ": " + n(event.points()) + " ("
					+ text(locale, event.perCase() ? "framework.summary.per-case" : "framework.summary.once") + ")");
		}
		parts.add(text(locale, "framework.summary.cap", n(rule.cap())));
		return String.join(SEPARATOR, parts);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static String n(@Nullable BigDecimal value) {
		return Formats.number(value);
	}

}
