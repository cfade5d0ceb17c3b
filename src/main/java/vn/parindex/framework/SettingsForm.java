package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The settings form of a draft: title, scale, parts, bonus and penalty, rounding,
 * tie-break and bands. Cells are text, so a typo comes back next to what was typed.
 *
 * @param nameVi the Vietnamese title
 * @param nameEn the English title
 * @param scaleMax the scale, usually 100
 * @param selfAssessmentTotal the stated total of self-assessment, optional
 * @param surveyTotal the stated total of the survey, optional
 * @param bonusCap the most bonus points
 * @param penaltyCap the most penalty points, as a positive number
 * @param bonusStage a {@link BonusStage} name
 * @param capAtScale whether results are capped at the scale
 * @param decimals the decimals of results
 * @param tieBreak the tie-break order, comma separated
 * @param bands the bands, blank rows ignored
 * @param version the framework's version when the form was loaded
 */
record SettingsForm(@Nullable String nameVi, @Nullable String nameEn, @Nullable String scaleMax,
		@Nullable String selfAssessmentTotal, @Nullable String surveyTotal, @Nullable String bonusCap,
		@Nullable String penaltyCap, @Nullable String bonusStage, @Nullable Boolean capAtScale,
		@Nullable String decimals, @Nullable String tieBreak, @Nullable List<BandRow> bands, long version) {

	static SettingsForm of(FrameworkView view) {
		FrameworkDefinition definition = view.definition();
		FrameworkSettings settings = definition.settings();
		return new SettingsForm(definition.header().nameVi(), definition.header().nameEn(),
				FormText.show(settings.scaleMax()), FormText.show(settings.selfAssessmentTotal()),
				FormText.show(settings.surveyTotal()), FormText.show(settings.bonusCap()),
				FormText.show(settings.penaltyCap()), settings.bonusStage().name(), settings.capAtScale(),
				Integer.toString(settings.decimals()), String.join(", ", settings.tieBreak()),
				definition.bands().stream().map(BandRow::of).toList(), view.version());
	}

	/** The bands as typed, then blank rows to add more. */
	public List<BandRow> bandRows() {
		List<BandRow> rows = new ArrayList<>(FormRow.present(this.bands));
		rows.add(BandRow.blank());
		return rows;
	}

	/** The settings typed, or null when the errors now hold why not. */
	@Nullable FrameworkSettings settings(Errors errors) {
		BigDecimal scale = number("scaleMax", this.scaleMax, true, errors);
		BigDecimal self = number("selfAssessmentTotal", this.selfAssessmentTotal, false, errors);
		BigDecimal survey = number("surveyTotal", this.surveyTotal, false, errors);
		BigDecimal bonus = number("bonusCap", this.bonusCap, true, errors);
		BigDecimal penalty = number("penaltyCap", this.penaltyCap, true, errors);
		Integer places = decimals(errors);
		BonusStage stage = stage(errors);
		if (FormText.text(this.nameVi) == null) {
			errors.rejectValue("nameVi", "framework.form.required");
		}
		if (errors.hasErrors() || scale == null || bonus == null || penalty == null || places == null
				|| stage == null) {
			return null;
		}
		List<String> order = Arrays.stream(String.valueOf(FormText.text(this.tieBreak)).split("[,;]"))
			.map(String::trim)
			.filter((entry) -> !entry.isEmpty() && !entry.equals("null"))
			.toList();
		return new FrameworkSettings(scale, self, survey, bonus, penalty, stage, FormText.isTrue(this.capAtScale),
				places, order);
	}

	/** The bands typed, in the order typed; null when one cannot be read. */
	@Nullable List<Band> bandList(Errors errors) {
		List<Band> result = new ArrayList<>();
		for (BandRow row : FormRow.present(this.bands)) {
			BigDecimal lower = lower(row);
			if (lower == null) {
				errors.reject("framework.settings.band-lower", new Object[] { String.valueOf(row.lower()) }, null);
			}
			else {
				result.add(new Band(String.valueOf(FormText.text(row.code())),
						String.valueOf(FormText.text(row.labelVi())), String.valueOf(FormText.text(row.labelEn())),
						lower, FormText.isTrue(row.lowerInclusive())));
			}
		}
		return errors.hasErrors() ? null : result;
	}

	private static @Nullable BigDecimal lower(BandRow row) {
		try {
			return FormText.decimal(row.lower());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal number(String field, @Nullable String value, boolean required, Errors errors) {
		try {
			BigDecimal number = FormText.decimal(value);
			if (number == null && required) {
				errors.rejectValue(field, "framework.form.required");
			}
			if (number != null && number.abs().compareTo(FrameworkValidation.POINTS_LIMIT) >= 0) {
				errors.rejectValue(field, "framework.validation.too-large",
						new Object[] { FrameworkValidation.POINTS_LIMIT }, null);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "framework.form.not-a-number", new Object[] { String.valueOf(value).trim() },
					null);
			return null;
		}
	}

	private @Nullable Integer decimals(Errors errors) {
		try {
			int places = Integer.parseInt(String.valueOf(FormText.text(this.decimals)));
			if (places >= 0 && places <= 4) {
				return places;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue("decimals", "framework.settings.decimals-invalid");
		return null;
	}

	private @Nullable BonusStage stage(Errors errors) {
		try {
			return BonusStage.valueOf(String.valueOf(this.bonusStage));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("bonusStage", "framework.settings.stage-invalid");
			return null;
		}
	}

}
