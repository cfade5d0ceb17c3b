package vn.parindex.survey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A survey campaign as stored.
 *
 * @param id its id
 * @param questionnaireId its questionnaire
 * @param cycleId the period
 * @param unitId the surveyed unit
 * @param opensAt when answers start to be taken
 * @param closesAt when they stop
 * @param population the unit's dossiers, if known
 * @param publicToken the token of its public link and QR code
 */
public record Campaign(long id, long questionnaireId, long cycleId, long unitId, Instant opensAt, Instant closesAt,
		@Nullable Integer population, String publicToken) {

	boolean openAt(Instant now) {
		return !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
	}

}
