package vn.parindex.survey;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.xlsx.XlsxSheet;

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

	private final KioskStore kiosks;

	private final ApplicationEventPublisher events;

	SurveyManagement(SurveyStore store, CodeHasher hasher, CurrentActor actor, Clock clock, KioskStore kiosks,
			ApplicationEventPublisher events) {
		this.store = store;
		this.hasher = hasher;
		this.actor = actor;
		this.clock = clock;
		this.kiosks = kiosks;
		this.events = events;
	}

	/** Stores a questionnaire version read from YAML; its id. */
	public long addQuestionnaire(InputStream yaml) {
		this.actor.requireRole(Role.ADMIN);
		return addQuestionnaire(QuestionnaireYaml.read(yaml));
	}

	/**
	 * Stores a questionnaire version read from the workbook layout of
	 * {@link QuestionnaireXlsx}; its id.
	 */
	public long addQuestionnaireXlsx(InputStream xlsx) {
		this.actor.requireRole(Role.ADMIN);
		return addQuestionnaire(QuestionnaireXlsx.read(xlsx));
	}

	private long addQuestionnaire(Questionnaire questionnaire) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		if (this.store.questionnaireExists(questionnaire.code(), questionnaire.version())) {
			throw new BusinessRuleException("survey.questionnaire.exists", questionnaire.code(),
					questionnaire.version());
		}
		long id = this.store.insertQuestionnaire(questionnaire, admin.username(), this.clock.instant());
		this.events.publishEvent(new SurveyChanged("CREATE", "questionnaire", Long.toString(id), null,
				Map.of("code", questionnaire.code(), "version", questionnaire.version())));
		return id;
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
		long id = this.store.insertCampaign(form, HexFormat.of().formatHex(token), admin.username(),
				this.clock.instant());
		this.events.publishEvent(new SurveyChanged("CREATE", "survey-campaign", Long.toString(id), null, form));
		return id;
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
		int added = this.store.addCodes(campaignId, hashes);
		this.events.publishEvent(new SurveyChanged("IMPORT_CODES", "survey-campaign", Long.toString(campaignId), null,
				Map.of("codes", hashes.size(), "new", added)));
		return added;
	}

	/** The xlsx to type paper and phone responses into: a column per question. */
	@Transactional(readOnly = true)
	public void paperTemplate(long campaignId, OutputStream out) {
		this.actor.requireRole(Role.ADMIN);
		Questionnaire questionnaire = this.store.questionnaire(campaign(campaignId).questionnaireId());
		List<String> example = new ArrayList<>(List.of("Phiếu giấy", "15/12/2026"));
		questionnaire.questions()
			.forEach((question) -> example
				.add((question.type() == QuestionType.SCALE) ? "5" : question.options().get(0).code()));
		XlsxSheet.template("Phiếu", PaperImport.headers(questionnaire), List.of(example), out);
	}

	/**
	 * Stores the responses of a filled paper template, whole or not at all; how many.
	 */
	public int importPaper(long campaignId, InputStream in) {
		this.actor.requireRole(Role.ADMIN);
		Campaign campaign = campaign(campaignId);
		Questionnaire questionnaire = this.store.questionnaire(campaign.questionnaireId());
		List<PaperImport.Row> rows = PaperImport.check(questionnaire, campaign,
				XlsxSheet.read(in, PaperImport.headers(questionnaire), 50_000));
		rows.forEach((row) -> this.store.insertResponse(campaignId, row.day(), row.channel(), row.answers()));
		this.events.publishEvent(new SurveyChanged("IMPORT_RESPONSES", "survey-campaign", Long.toString(campaignId),
				null, PaperImport.summary(rows)));
		return rows.size();
	}

	private Campaign campaign(long id) {
		return this.store.campaign(id)
			.orElseThrow(() -> new vn.parindex.shared.NotFoundException("survey-campaign", id));
	}

	/**
	 * Registers a tablet for a unit's one-stop office; the token of its address, shown
	 * this once and kept only as a hash.
	 */
	public String registerKiosk(long unitId, String name) {
		Actor admin = this.actor.requireRole(Role.ADMIN);
		if (name.isBlank() || name.strip().length() > 200) {
			throw new BusinessRuleException("survey.kiosk.name-required");
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		long id = this.kiosks.insert(unitId, name.strip(), token, admin.username(), this.clock.instant());
		this.events.publishEvent(new SurveyChanged("REGISTER", "kiosk", Long.toString(id), null,
				Map.of("unitId", unitId, "name", name.strip())));
		return token;
	}

	/** Withdraws a tablet: its address stops working at once. */
	public void revokeKiosk(long id) {
		this.actor.requireRole(Role.ADMIN);
		if (this.kiosks.revoke(id, this.clock.instant())) {
			this.events.publishEvent(new SurveyChanged("REVOKE", "kiosk", Long.toString(id), null, null));
		}
	}

}
