package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Num;

/**
 * A framework's settings: data, not code.
 *
 * @param scaleMax the total of the scored part, usually 100
 * @param selfAssessmentTotal the stated total of self-assessed leaves (70), if stated
 * @param surveyTotal the stated total of survey leaves (30), if stated
 * @param bonusCap the most bonus points a unit can receive
 * @param penaltyCap the most penalty points a unit can lose, as a positive number
 * @param bonusStage whether bonus and penalty apply before or after the % conversion
 * @param capAtScale whether the result is capped at the scale (100)
 * @param decimals the decimals of points and % (rounded half-up)
 * @param tieBreak the ranking tie-break order: {@code SELF_ASSESSMENT_PART},
 * {@code SURVEY_PART} or {@code FIELD:<code>}
 */
public record FrameworkSettings(BigDecimal scaleMax, @Nullable BigDecimal selfAssessmentTotal,
		@Nullable BigDecimal surveyTotal, BigDecimal bonusCap, BigDecimal penaltyCap, BonusStage bonusStage,
		boolean capAtScale, int decimals, List<String> tieBreak) {

	public FrameworkSettings {
		scaleMax = points(scaleMax);
		selfAssessmentTotal = (selfAssessmentTotal != null) ? points(selfAssessmentTotal) : null;
		surveyTotal = (surveyTotal != null) ? points(surveyTotal) : null;
		bonusCap = points(bonusCap);
		penaltyCap = points(penaltyCap);
		tieBreak = List.copyOf(tieBreak);
	}

	public static FrameworkSettings standard() {
		return new FrameworkSettings(Num.HUNDRED, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
				BonusStage.AFTER_PERCENT, true, 2, List.of("SELF_ASSESSMENT_PART"));
	}

	static BigDecimal points(BigDecimal value) {
		return Num.points(value);
	}

	/**
	 * What bonus and penalty add to a unit's result in total. Each leaf is capped by its
	 * own rule; the sums are capped here by the framework's caps.
	 * @param bonus the sum of the unit's bonus leaves (positive)
	 * @param penalty the sum of the unit's penalty leaves (negative)
	 */
	public BigDecimal bonusAndPenalty(BigDecimal bonus, BigDecimal penalty) {
		return Num.points(bonus.min(this.bonusCap).add(penalty.max(this.penaltyCap.negate())));
	}

}
