package vn.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.NotFoundException;

/**
 * Taking an anonymous response: the campaign must be open, every answer must fit its
 * question, and the one-time code is burnt in the same transaction that writes the
 * response and adds its levels to the counts. Anything refused leaves nothing behind and
 * the code unburnt. Nobody signs in, so there is no role to check: the code is the
 * permission. A response from the web form or a kiosk that looks suspicious
 * ({@link SuspicionWatch}) is stored flagged, not counted, and waits for a reviewer
 * ({@link ResponseReview}); the citizen is not told.
 */
@Service
public class ResponseIntake {

	private final SurveyStore store;

	private final CodeHasher hasher;

	private final Clock clock;

	private final OrganisationManagement organisation;

	private final KioskStore kiosks;

	private final SuspicionWatch watch;

	ResponseIntake(SurveyStore store, CodeHasher hasher, Clock clock, OrganisationManagement organisation,
			KioskStore kiosks, SuspicionWatch watch) {
		this.store = store;
		this.hasher = hasher;
		this.clock = clock;
		this.organisation = organisation;
		this.kiosks = kiosks;
		this.watch = watch;
	}

	/** The public form of a campaign, stamped now; 404 for an unknown token. */
	@Transactional(readOnly = true)
	public SurveyFormView form(String token) {
		return form(token, null);
	}

	/** The form again, keeping the stamp it was sent with if that is good. */
	@Transactional(readOnly = true)
	SurveyFormView form(String token, @Nullable String stamp) {
		Campaign campaign = this.store.campaign(token).orElseThrow(() -> new NotFoundException("survey", token));
		String unit = this.organisation.findRow(campaign.unitId()).map(UnitRow::name).orElse("");
		return new SurveyFormView(token, unit, this.store.questionnaire(campaign.questionnaireId()),
				campaign.openAt(this.clock.instant()), campaign.closesAt(), this.watch.stamp(token, stamp));
	}

	/**
	 * Stores the answers, by question code: one level "1"–"5" for a scale question, one
	 * option code for a weighted one, any option codes for a choice one; unanswered
	 * questions are left out. Nothing is flagged: for callers that collected the answers
	 * themselves (the demo); the public form passes its facts.
	 * @return the response's random id
	 */
	@Transactional
	public UUID submit(String token, String code, Map<String, List<String>> answers, Channel channel) {
		return submit(token, code, answers, channel, null);
	}

	/** As {@link #submit(String, String, Map, Channel)}, flagged by the facts if any. */
	@Transactional
	UUID submit(String token, String code, Map<String, List<String>> answers, Channel channel,
			SuspicionWatch.@Nullable Facts facts) {
		Campaign campaign = this.store.campaign(token).orElseThrow(() -> new NotFoundException("survey", token));
		Instant now = this.clock.instant();
		if (!campaign.openAt(now)) {
			throw new BusinessRuleException("survey.campaign.closed");
		}
		List<Answer> checked = check(this.store.questionnaire(campaign.questionnaireId()), answers);
		if (code.isBlank() || !this.store.burn(campaign.id(), this.hasher.hash(campaign.id(), code))) {
			throw new BusinessRuleException("survey.code.invalid");
		}
		return store(campaign, channel, checked, facts);
	}

	/** The form a kiosk shows: its unit's open campaign, keeping a good stamp given. */
	@Transactional(readOnly = true)
	public SurveyFormView kioskForm(String kioskToken, @Nullable String stamp) {
		return form(kioskCampaign(kioskToken), stamp);
	}

	/**
	 * Stores a response taken at a kiosk, without a code; which kiosk took it is not
	 * recorded.
	 */
	@Transactional
	UUID submitAtKiosk(String kioskToken, Map<String, List<String>> answers, SuspicionWatch.Facts facts) {
		Campaign campaign = this.store.campaign(kioskCampaign(kioskToken)).orElseThrow();
		List<Answer> checked = check(this.store.questionnaire(campaign.questionnaireId()), answers);
		return store(campaign, Channel.KIOSK, checked, facts);
	}

	/** Counted, or only stored as flagged when the facts look suspicious. */
	private UUID store(Campaign campaign, Channel channel, List<Answer> answers, SuspicionWatch.@Nullable Facts facts) {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), Formats.ZONE);
		String flags = (facts != null) ? this.watch.flags(campaign.publicToken(), facts, answers) : null;
		if (flags == null) {
			return this.store.insertResponse(campaign.id(), day, channel, answers);
		}
		return this.store.insertResponse(campaign.id(), day, channel, answers, ResponseStatus.FLAGGED, flags);
	}

	private String kioskCampaign(String kioskToken) {
		Kiosk kiosk = this.kiosks.byToken(kioskToken).orElseThrow(() -> new NotFoundException("kiosk", "?"));
		return this.kiosks.openCampaignToken(kiosk.unitId(), this.clock.instant())
			.orElseThrow(() -> new BusinessRuleException("survey.kiosk.no-campaign"));
	}

	/**
	 * The answers in the questionnaire's order, or a refusal naming the first bad one.
	 */
	static List<Answer> check(Questionnaire questionnaire, Map<String, List<String>> answers) {
		Set<String> unknown = new HashSet<>(answers.keySet());
		List<Answer> checked = new ArrayList<>();
		for (Questionnaire.Question question : questionnaire.questions()) {
			unknown.remove(question.code());
			List<String> given = answers.getOrDefault(question.code(), List.of())
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.distinct()
				.toList();
			for (String value : given) {
				checked.add(answer(question, value, given.size()));
			}
		}
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("survey.answer.unknown-question", unknown.iterator().next());
		}
		if (checked.isEmpty()) {
			throw new BusinessRuleException("survey.answer.empty");
		}
		return checked;
	}

	static Answer answer(Questionnaire.Question question, String value, int count) {
		if (question.type() == QuestionType.SCALE) {
			Integer level = level(value);
			if (level == null || count > 1) {
				throw new BusinessRuleException("survey.answer.invalid", question.code());
			}
			return new Answer(question.code(), level, null);
		}
		boolean known = question.options().stream().anyMatch((option) -> option.code().equals(value));
		if (!known || (question.type() == QuestionType.WEIGHTED && count > 1)) {
			throw new BusinessRuleException("survey.answer.invalid", question.code());
		}
		return new Answer(question.code(), null, value);
	}

	private static @Nullable Integer level(String value) {
		return switch (value) {
			case "1", "2", "3", "4", "5" -> Integer.valueOf(value);
			default -> null;
		};
	}

}
