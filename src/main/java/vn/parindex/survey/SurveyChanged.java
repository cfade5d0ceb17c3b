package vn.parindex.survey;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.AuditableEvent;

/**
 * A survey change, for the audit log: a questionnaire added, a campaign opened, codes
 * imported (their count, never the codes), a kiosk registered or revoked, a flagged
 * response accepted or rejected (its random id, status and flags, never a code).
 *
 * @param action what happened
 * @param subjectType questionnaire, survey-campaign, kiosk or survey-response
 * @param subjectId its id
 * @param before the state before, if any
 * @param after the state after, if any
 */
public record SurveyChanged(String action, String subjectType, String subjectId, @Nullable Object before,
		@Nullable Object after) implements AuditableEvent {
}
