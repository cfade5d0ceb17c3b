package vn.parindex.survey;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * What ADMIN and VIEWER follow of the surveys: questionnaire versions, campaigns with
 * their responses against the required sample and their codes, and each campaign's public
 * link and QR code.
 */
@Service
@Transactional(readOnly = true)
public class SurveyOverview {

	private final SurveyQueries queries;

	private final SurveyStore store;

	private final KioskStore kiosks;

	private final ResponseExport export;

	private final CycleManagement cycles;

	private final OrganisationManagement organisation;

	private final CurrentActor actor;

	private final String publicUrl;

	SurveyOverview(SurveyQueries queries, SurveyStore store, KioskStore kiosks, ResponseExport export,
			CycleManagement cycles, OrganisationManagement organisation, CurrentActor actor,
			@Value("${parindex.survey.public-url:${parindex.notification.base-url:http://localhost:8080}}") String publicUrl) {
		this.queries = queries;
		this.store = store;
		this.kiosks = kiosks;
		this.export = export;
		this.cycles = cycles;
		this.organisation = organisation;
		this.actor = actor;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public List<QuestionnaireRow> questionnaires() {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.queries.questionnaires();
	}

	public List<CampaignOverview> campaigns() {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		Map<Long, String> periods = this.cycles.list().stream().collect(Collectors.toMap(CycleRow::id, CycleRow::name));
		return this.queries.campaigns(null).stream().map((counted) -> overview(counted, periods)).toList();
	}

	public CampaignOverview campaign(long id) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		Map<Long, String> periods = this.cycles.list().stream().collect(Collectors.toMap(CycleRow::id, CycleRow::name));
		return this.queries.campaigns(id)
			.stream()
			.findFirst()
			.map((counted) -> overview(counted, periods))
			.orElseThrow(() -> new NotFoundException("survey-campaign", id));
	}

	/** The campaign's indexes from its running counts, never from the raw responses. */
	public CampaignResults results(long id) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		SurveyQueries.Counted counted = this.queries.campaigns(id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("survey-campaign", id));
		return CampaignCalculator.compute(this.store.questionnaire(counted.campaign().questionnaireId()),
				this.store.tallies(id), this.store.optionTallies(id), counted.responses(),
				SurveyMath.requiredSample(counted.campaign().population()));
	}

	/** Writes the campaign's raw anonymised responses as CSV; ADMIN and VIEWER. */
	public void exportResponses(long id, java.io.OutputStream out) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		Campaign campaign = this.store.campaign(id).orElseThrow(() -> new NotFoundException("survey-campaign", id));
		this.export.write(id, this.store.questionnaire(campaign.questionnaireId()), out);
	}

	public List<KioskRow> kiosks() {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.kiosks.all()
			.stream()
			.map((kiosk) -> new KioskRow(kiosk,
					this.organisation.findRow(kiosk.unitId()).map(UnitRow::name).orElse("#" + kiosk.unitId())))
			.toList();
	}

	/** The address a registered tablet opens. */
	public String kioskUrl(String token) {
		return this.publicUrl + "/kiosk/" + token;
	}

	/** The campaign's public link, as printed and encoded in its QR code. */
	public String link(long id) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		Campaign campaign = this.store.campaign(id).orElseThrow(() -> new NotFoundException("survey-campaign", id));
		return this.publicUrl + "/s/" + campaign.publicToken();
	}

	public byte[] qrPng(long id) {
		return QrCodes.png(link(id), 12);
	}

	public String qrSvg(long id) {
		return QrCodes.svg(link(id));
	}

	private CampaignOverview overview(SurveyQueries.Counted counted, Map<Long, String> periods) {
		Campaign campaign = counted.campaign();
		String unit = this.organisation.findRow(campaign.unitId()).map(UnitRow::name).orElse("#" + campaign.unitId());
		return new CampaignOverview(campaign.id(), campaign.publicToken(), counted.questionnaire(),
				periods.getOrDefault(campaign.cycleId(), "#" + campaign.cycleId()), unit, campaign.opensAt(),
				campaign.closesAt(), campaign.population(), counted.responses(), counted.codes(), counted.codesUsed(),
				counted.pending());
	}

}
