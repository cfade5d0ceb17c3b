package vn.parindex.survey;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the result computation and publication: every campaign of a period with its
 * indexes, computed from the running counts (never from the raw responses). No access
 * check: the scoring module decides who sees what it makes of them.
 */
@Service
@Transactional(readOnly = true)
public class SurveyFeed {

	private final SurveyQueries queries;

	private final SurveyStore store;

	SurveyFeed(SurveyQueries queries, SurveyStore store) {
		this.queries = queries;
		this.store = store;
	}

	/** The period's campaigns with their results. */
	public List<PeriodSurvey> period(long cycleId) {
		return this.queries.campaignsOf(cycleId).stream().map(this::survey).toList();
	}

	private PeriodSurvey survey(SurveyQueries.Counted counted) {
		Campaign campaign = counted.campaign();
		Questionnaire questionnaire = this.store.questionnaire(campaign.questionnaireId());
		CampaignResults results = CampaignCalculator.compute(questionnaire, this.store.tallies(campaign.id()),
				this.store.optionTallies(campaign.id()), counted.responses(),
				SurveyMath.requiredSample(campaign.population()));
		return new PeriodSurvey(campaign.id(), campaign.unitId(), questionnaire.code(), questionnaire.nameVi(),
				questionnaire.formula(), campaign.closesAt(), results);
	}

	/**
	 * A campaign of the period and its results.
	 *
	 * @param campaignId the campaign
	 * @param unitId the unit it surveys
	 * @param questionnaireCode its questionnaire's code, such as {@code SIPAS-2017}
	 * @param questionnaireName its questionnaire's title
	 * @param formula how its index is computed
	 * @param closesAt when it closes
	 * @param results its indexes
	 */
	public record PeriodSurvey(long campaignId, long unitId, String questionnaireCode, String questionnaireName,
			IndexFormula formula, Instant closesAt, CampaignResults results) {

		/**
		 * Whether a SURVEY leaf naming this instrument reads this campaign: the
		 * questionnaire's code is the instrument, or starts with it and a hyphen
		 * ({@code SIPAS} reads {@code SIPAS-2017}).
		 */
		public boolean answers(String instrument) {
			return this.questionnaireCode.equalsIgnoreCase(instrument)
					|| this.questionnaireCode.regionMatches(true, 0, instrument + "-", 0, instrument.length() + 1);
		}

		/** The instrument family: the code before its first hyphen. */
		public String family() {
			int hyphen = this.questionnaireCode.indexOf('-');
			return (hyphen > 0) ? this.questionnaireCode.substring(0, hyphen) : this.questionnaireCode;
		}

	}

}
