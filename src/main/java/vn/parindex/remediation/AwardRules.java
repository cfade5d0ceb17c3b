package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.UnitResult;
import vn.parindex.shared.Formats;

/**
 * Applies a period's award rules to published results: every unit gets the award of the
 * first rule (by position) whose conditions it meets, with the reason in Vietnamese. A
 * unit with a penalty that a rule excludes is noted, so the list shows why it is absent.
 * Pure: no database, no clock.
 */
final class AwardRules {

	private AwardRules() {
	}

	static AwardEvaluation evaluate(List<AwardRule> rules, ResultsSnapshot snapshot) {
		List<AwardCandidate> candidates = new ArrayList<>();
		List<AwardExclusion> exclusions = new ArrayList<>();
		for (ResultsSnapshot.Group group : snapshot.groups()) {
			for (ResultsSnapshot.Unit unit : group.units()) {
				evaluate(rules, group, unit.result(), candidates, exclusions);
			}
		}
		return new AwardEvaluation(candidates, exclusions);
	}

	private static void evaluate(List<AwardRule> rules, ResultsSnapshot.Group group, UnitResult result,
			List<AwardCandidate> candidates, List<AwardExclusion> exclusions) {
		AwardRule excludedBy = null;
		for (AwardRule rule : rules) {
			Optional<String> reason = reason(rule, group, result);
			if (reason.isEmpty()) {
				continue;
			}
			if (rule.excludePenalty() && result.penalty().signum() < 0) {
				excludedBy = (excludedBy != null) ? excludedBy : rule;
				continue;
			}
			candidates.add(new AwardCandidate(result.unitId(), result.unitName(), group.name(), result.rank(),
					result.rankedCount(), result.percent(), rule.award(), reason.get()));
			return;
		}
		if (excludedBy != null) {
			exclusions.add(new AwardExclusion(result.unitId(), result.unitName(), group.name(), result.percent(),
					result.penalty(), excludedBy.award()));
		}
	}

	/**
	 * Why the unit meets the rule's conditions (penalty aside), or empty when it does
	 * not.
	 */
	static Optional<String> reason(AwardRule rule, ResultsSnapshot.Group group, UnitResult result) {
		if (!rule.hasCondition()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		if (rule.firstInGroup()) {
			Integer rank = result.rank();
			if (rank == null || rank != 1) {
				return Optional.empty();
			}
			parts.add("hạng 1/" + result.rankedCount() + " nhóm " + group.name());
		}
		BigDecimal minPercent = rule.minPercent();
		if (minPercent != null) {
			if (result.percent().compareTo(minPercent) < 0) {
				return Optional.empty();
			}
			parts.add("đạt " + Formats.percent(result.percent()) + " (≥ " + Formats.number(minPercent) + "%)");
		}
		BigDecimal minField = rule.minFieldPercent();
		if (minField != null) {
			BigDecimal lowest = lowestField(result);
			if (lowest != null && lowest.compareTo(minField) < 0) {
				return Optional.empty();
			}
			if (lowest != null) {
				parts.add("lĩnh vực thấp nhất " + Formats.percent(lowest) + " (≥ " + Formats.number(minField) + "%)");
			}
			else {
				parts.add("không có lĩnh vực dưới " + Formats.number(minField) + "%");
			}
		}
		String text = String.join("; ", parts);
		return Optional.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
	}

	/** The lowest % of the fields that have one; null when none has. */
	static @Nullable BigDecimal lowestField(UnitResult result) {
		return result.fields()
			.stream()
			.map(FieldResult::percent)
			.filter((percent) -> percent != null)
			.min(BigDecimal::compareTo)
			.orElse(null);
	}

}
