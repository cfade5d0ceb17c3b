package vn.parindex.survey;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Setting surveys up (ADMIN): questionnaire versions from YAML, a campaign per
 * questionnaire, period and unit with its public token, and the one-time codes imported
 * from the one-stop system's dossier list.
 */
@Service
@Transactional
public class SurveyManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SurveyStore store;

	private final CodeHasher hasher;

	private final CurrentActor actor;

	private final Clock clock;

	SurveyManagement(SurveyStore store, CodeHasher hasher, CurrentActor actor, Clock clock) {
		this.store = store;
		this.hasher = hasher;
		this.actor = actor;
		this.clock = clock;
	}

	/** Stores a questionnaire version read from YAML; its id. */
	public long addQuestionnaire(InputStream yaml) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		Questionnaire questionnaire = QuestionnaireYaml.read(yaml);
		if (this.store.questionnaireExists(questionnaire.code(), questionnaire.version())) {
			throw new BusinessRuleException("survey.questionnaire.exists", questionnaire.code(),
					questionnaire.version());
		}
		return this.store.insertQuestionnaire(questionnaire, admin.username(), this.clock.instant());
	}

	/** Opens a campaign with a new random public token; its id. */
	public long createCampaign(CampaignForm form) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		if (!form.closesAt().isAfter(form.opensAt())) {
			throw new BusinessRuleException("survey.campaign.window");
		}
		if (this.store.campaignExists(form)) {
			throw new BusinessRuleException("survey.campaign.exists");
		}
		byte[] token = new byte[12];
		RANDOM.nextBytes(token);
		return this.store.insertCampaign(form, HexFormat.of().formatHex(token), admin.username(), this.clock.instant());
	}

	/** The campaign behind a public token; ADMIN. */
	@Transactional(readOnly = true)
	public Campaign campaign(String token) {
		this.actor.requireRole(Role.ADMIN);
		return this.store.campaign(token).orElseThrow(() -> new vn.parindex.shared.NotFoundException("survey", token));
	}

	/**
	 * Adds the codes of a file from the one-stop system (xlsx, CSV or text), whole or not
	 * at all; how many were new.
	 */
	public int importCodes(long campaignId, InputStream file, String fileName) {
		this.actor.requireRole(Role.ADMIN);
		return importCodes(campaignId, CodeFile.read(file, fileName));
	}

	/**
	 * Adds one-time codes to a campaign, kept only as keyed hashes; a code already there
	 * stays as it is, used or not. How many were new.
	 */
	public int importCodes(long campaignId, List<String> codes) {
		this.actor.requireRole(Role.ADMIN);
		List<String> hashes = codes.stream()
			.filter((code) -> !code.isBlank())
			.map((code) -> this.hasher.hash(campaignId, code))
			.distinct()
			.toList();
		return this.store.addCodes(campaignId, hashes);
	}

}
