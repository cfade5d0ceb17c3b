package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.survey.CampaignForm;
import vn.parindex.survey.Channel;
import vn.parindex.survey.ResponseIntake;
import vn.parindex.survey.SurveyManagement;
import vn.parindex.survey.SurveyOverview;

/**
 * The demo's survey, through the facades: the illustrative SIPAS 2017 questionnaire (and,
 * without campaigns, the illustrative SIPAS 2023 one and sociological form
 * {@code phieu_02}), a campaign for Sở KH&CN in the open 2025 period (from ten days ago
 * to thirty days ahead, 1,200 dossiers, so 300 answers are needed), the one-time codes
 * {@code DEMO-0001} to {@code DEMO-0100}, and 40 answered with them by a fixed seed.
 * Nothing is done when a questionnaire exists already.
 */
@Component
class DemoSurvey {

	static final int CODES = 100;

	static final int ANSWERED = 40;

	private final SurveyManagement surveys;

	private final SurveyOverview overview;

	private final ResponseIntake intake;

	private final CycleManagement cycles;

	private final OrganisationManagement organisation;

	private final Clock clock;

	DemoSurvey(SurveyManagement surveys, SurveyOverview overview, ResponseIntake intake, CycleManagement cycles,
			OrganisationManagement organisation, Clock clock) {
		this.surveys = surveys;
		this.overview = overview;
		this.intake = intake;
		this.cycles = cycles;
		this.organisation = organisation;
		this.clock = clock;
	}

	void load() {
		CycleRow open = this.cycles.list()
			.stream()
			.filter((cycle) -> cycle.year() == 2025 && cycle.status() == CycleStatus.OPEN)
			.findFirst()
			.orElse(null);
		if (open == null || !this.overview.questionnaires().isEmpty()) {
			return;
		}
		long questionnaire = addQuestionnaire("demo/questionnaire-sipas-2017.yaml");
		addQuestionnaire("demo/questionnaire-sipas-2023.yaml");
		addQuestionnaire("demo/questionnaire-phieu-02.yaml");
		Instant now = this.clock.instant();
		long unit = this.organisation.findByCode("SKHCN-2025").orElseThrow().id();
		long campaign = this.surveys.createCampaign(new CampaignForm(questionnaire, open.id(), unit,
				now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(30)), 1_200));
		List<String> codes = new ArrayList<>();
		for (int i = 1; i <= CODES; i++) {
			codes.add(String.format("DEMO-%04d", i));
		}
		this.surveys.importCodes(campaign, codes);
		answer(this.overview.campaign(campaign).token(), codes.subList(0, ANSWERED));
	}

	private long addQuestionnaire(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return this.surveys.addQuestionnaire(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Mostly satisfied, as Đồng Tháp's published SIPAS figures are. */
	private void answer(String token, List<String> codes) {
		Random random = new Random(2025);
		List<String> questions = List.of("TC1", "TC2", "TC3", "TT1", "TT2", "TT3", "TT4", "CC1", "CC2", "CC3", "CC4",
				"KQ1", "KQ2", "PA1", "PA2", "PA3");
		for (String code : codes) {
			Map<String, List<String>> answers = new LinkedHashMap<>();
			for (String question : questions) {
				double draw = random.nextDouble();
				String level = (draw < 0.55) ? "5"
						: (draw < 0.9) ? "4" : (draw < 0.97) ? "3" : (draw < 0.99) ? "2" : "1";
				answers.put(question, List.of(level));
			}
			answers.put("MD1", List.of(random.nextBoolean() ? "B" : "C"));
			this.intake.submit(token, code, answers, Channel.WEB);
		}
	}

}
