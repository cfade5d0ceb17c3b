package vn.parindex.survey;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * A period's survey results for ADMIN and VIEWER, before and after publication: every
 * campaign's indexes from the running counts, on screen and as a workbook.
 */
@Service
@Transactional(readOnly = true)
public class SurveyPeriodResults {

	private final SurveyFeed feed;

	private final OrganisationManagement organisation;

	private final CurrentActor actor;

	SurveyPeriodResults(SurveyFeed feed, OrganisationManagement organisation, CurrentActor actor) {
		this.feed = feed;
		this.organisation = organisation;
		this.actor = actor;
	}

	/** The period's campaigns by questionnaire, the highest index first. */
	public List<PeriodRow> rows(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.feed.period(cycleId)
			.stream()
			.map((survey) -> new PeriodRow(survey,
					this.organisation.findRow(survey.unitId()).map(UnitRow::name).orElse("#" + survey.unitId())))
			.sorted(Comparator.comparing((PeriodRow row) -> row.survey().questionnaireCode())
				.thenComparing(PeriodRow::index, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(PeriodRow::unitName))
			.toList();
	}

	/** Writes the workbook of the period's aggregated results. */
	public void xlsx(long cycleId, OutputStream out) {
		PeriodResultsXlsx.write(rows(cycleId), out);
	}

	/**
	 * A campaign's results with its unit's name.
	 *
	 * @param survey the campaign and its results
	 * @param unitName its unit's name
	 */
	public record PeriodRow(SurveyFeed.PeriodSurvey survey, String unitName) {

		/** The figure shown: the index of scale answers, else the mean option weight. */
		public @Nullable BigDecimal index() {
			return this.survey.results().index();
		}

	}

}
