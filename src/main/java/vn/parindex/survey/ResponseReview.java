package vn.parindex.survey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The review of flagged responses (ADMIN decides; VIEWER may look). A flagged response is
 * kept raw and counts toward nothing until it is accepted: accepting it adds its answers
 * to the running counts in the same transaction, once however often it is asked; a
 * rejected one stays raw and is never counted. Each decision is in the audit log with the
 * response's random id and flags, never a code.
 */
@Service
@Transactional
public class ResponseReview {

	static final int LISTED = 200;

	private final ReviewQueries queries;

	private final SurveyStore store;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	ResponseReview(ReviewQueries queries, SurveyStore store, CurrentActor actor, ApplicationEventPublisher events) {
		this.queries = queries;
		this.store = store;
		this.actor = actor;
		this.events = events;
	}

	/** The campaign's responses waiting for review, the first {@value #LISTED} by day. */
	@Transactional(readOnly = true)
	public ReviewQueue queue(long campaignId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		Campaign campaign = this.store.campaign(campaignId)
			.orElseThrow(() -> new NotFoundException("survey-campaign", campaignId));
		Questionnaire questionnaire = this.store.questionnaire(campaign.questionnaireId());
		List<FlaggedResponse> responses = this.queries.flagged(campaignId, LISTED)
			.stream()
			.map((raw) -> flagged(raw, questionnaire))
			.toList();
		return new ReviewQueue(this.queries.pending(campaignId), this.queries.perFlag(campaignId), responses);
	}

	/** Counts a flagged response; false when it was not waiting (decided already). */
	public boolean accept(long campaignId, UUID id) {
		this.actor.requireRole(Role.ADMIN);
		return decide(campaignId, id, ResponseStatus.ACCEPTED);
	}

	/** Keeps a flagged response raw, never counted; false when it was not waiting. */
	public boolean reject(long campaignId, UUID id) {
		this.actor.requireRole(Role.ADMIN);
		return decide(campaignId, id, ResponseStatus.REJECTED);
	}

	/** Accepts every waiting response with the flag; how many. */
	public int acceptAll(long campaignId, SuspicionFlag flag) {
		this.actor.requireRole(Role.ADMIN);
		return (int) this.queries.flaggedWith(campaignId, flag)
			.stream()
			.filter((id) -> decide(campaignId, id, ResponseStatus.ACCEPTED))
			.count();
	}

	/** Rejects every waiting response with the flag; how many. */
	public int rejectAll(long campaignId, SuspicionFlag flag) {
		this.actor.requireRole(Role.ADMIN);
		return (int) this.queries.flaggedWith(campaignId, flag)
			.stream()
			.filter((id) -> decide(campaignId, id, ResponseStatus.REJECTED))
			.count();
	}

	private boolean decide(long campaignId, UUID id, ResponseStatus to) {
		String flags = this.queries.decide(campaignId, id, to).orElse(null);
		if (flags == null) {
			return false;
		}
		if (to == ResponseStatus.ACCEPTED) {
			this.store.count(campaignId, this.queries.answers(id));
		}
		String action = (to == ResponseStatus.ACCEPTED) ? "ACCEPT_RESPONSE" : "REJECT_RESPONSE";
		this.events.publishEvent(new SurveyChanged(action, "survey-response", id.toString(),
				Map.of("campaignId", campaignId, "status", ResponseStatus.FLAGGED.name(), "flags", flags),
				Map.of("campaignId", campaignId, "status", to.name(), "flags", flags)));
		return true;
	}

	private static FlaggedResponse flagged(ReviewQueries.Raw raw, Questionnaire questionnaire) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Questionnaire.Question question : questionnaire.questions()) {
			List<String> given = raw.answers().get(question.code());
			if (given != null) {
				answers.put(question.code(), String.join(", ", given));
			}
		}
		List<SuspicionFlag> flags = Arrays.stream(raw.flags().split(","))
			.filter((flag) -> !flag.isBlank())
			.map(SuspicionFlag::valueOf)
			.toList();
		return new FlaggedResponse(raw.id(), raw.day(), raw.channel(), flags, answers);
	}

}
