package vn.parindex.survey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A new survey campaign.
 *
 * @param questionnaireId the questionnaire
 * @param cycleId the period
 * @param unitId the surveyed unit
 * @param opensAt when answers start to be taken
 * @param closesAt when they stop
 * @param population the unit's dossiers in the period (N of the sample), if known
 */
public record CampaignForm(long questionnaireId, long cycleId, long unitId, Instant opensAt, Instant closesAt,
		@Nullable Integer population) {
}
