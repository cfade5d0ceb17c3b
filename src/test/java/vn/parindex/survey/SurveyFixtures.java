package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.TestRun;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.organisation.OrganisationManagement;

/**
 * A new SIPAS campaign for Sở KH&CN in the demo's 2025 period, open from an hour ago to a
 * day ahead, with its own copy of the demo questionnaire and the given codes.
 */
public final class SurveyFixtures {

	/** The demo questionnaire's scale questions the fixtures answer. */
	public static final List<String> QUESTIONS = List.of("TC1", "TC2", "TT1", "CC1", "KQ1", "PA1");

	private SurveyFixtures() {
	}

	/**
	 * The campaign.
	 *
	 * @param id its id
	 * @param token its public token
	 */
	public record Created(long id, String token) {
	}

	public static Created campaign(ApplicationContext context, List<String> codes) {
		return campaign(context, "SKHCN-2025", codes);
	}

	/** As {@link #campaign(ApplicationContext, List)} for another unit. */
	public static Created campaign(ApplicationContext context, String unitCode, List<String> codes) {
		String yaml;
		try {
			yaml = new ClassPathResource("demo/questionnaire-sipas-2017.yaml")
				.getContentAsString(StandardCharsets.UTF_8)
				.replace("code: SIPAS-2017",
						"code: " + TestRun.code("SV") + "-" + UUID.randomUUID().toString().substring(0, 8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SurveyManagement surveys = context.getBean(SurveyManagement.class);
		Instant now = context.getBean(Clock.class).instant();
		return Actors.as(context.getBean(UserDetailsService.class), "admin", () -> {
			long questionnaire = surveys
				.addQuestionnaire(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
			long cycle = context.getBean(CycleManagement.class)
				.list()
				.stream()
				.filter((row) -> row.year() == 2025)
				.findFirst()
				.map(CycleRow::id)
				.orElseThrow();
			long unit = context.getBean(OrganisationManagement.class).findByCode(unitCode).orElseThrow().id();
			long id = surveys.createCampaign(new CampaignForm(questionnaire, cycle, unit,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), 1_000));
			surveys.importCodes(id, codes);
			return new Created(id, context.getBean(SurveyOverview.class).campaign(id).token());
		});
	}

	/**
	 * The hidden stamp of a form of the campaign shown a minute ago, as a person who read
	 * it sends it: not flagged as fast.
	 */
	public static String stamp(ApplicationContext context, String token) {
		return stamp(context, token, context.getBean(Clock.class).instant().minus(Duration.ofMinutes(1)));
	}

	/** The hidden stamp of a form of the campaign shown at that moment. */
	public static String stamp(ApplicationContext context, String token, Instant shownAt) {
		return context.getBean(FormStamp.class).issue(token, shownAt);
	}

	/** The same level to every question of {@link #QUESTIONS}. */
	public static Map<String, List<String>> answers(String level) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		QUESTIONS.forEach((question) -> answers.put(question, List.of(level)));
		return answers;
	}

}
