package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalManagement;
import vn.parindex.appraisal.CouncilManagement;
import vn.parindex.appraisal.ScoreForm;
import vn.parindex.appraisal.ScoreRow;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.AccessRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results computed from the council's approved scores: only approved units count, the
 * cut shows in points and %, and only ADMIN and VIEWER see them before publication.
 */
@IntegrationTest
class ResultsPreviewIntegrationTests {

	private static final String CUT = "1.1.2";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	ScoringManagement scoring;

	@Autowired
	AppraisalManagement appraisals;

	@Autowired
	CouncilManagement council;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MockMvc mvc;

	AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AppraisalFixtures.of(this.context);
	}

	@AfterEach
	void closePeriods() {
		this.fixtures.closePeriods();
	}

	@Test
	void approvedScoresBecomeResultsWithTheCutAndTheRank() throws Exception {
		AppraisalFixtures.Submitted period = this.fixtures.submittedPeriod();
		long id = period.assessmentId();
		BigDecimal before = Actors.as(this.users, "admin", () -> this.scoring.preview(period.cycleId()))
			.results()
			.units()
			.stream()
			.filter((unit) -> unit.unitName().contains("Khoa học"))
			.map(UnitResult::points)
			.findFirst()
			.orElse(null);
		assertThat(before).as("nothing before the council approves").isNull();
		this.mvc.perform(get("/appraisals/{id}", id).with(user(this.users.loadUserByUsername("canbo.skhcn"))))
			.andExpect(status().isForbidden());

		BigDecimal self = Actors.as(this.users, AppraisalFixtures.APPRAISER, () -> this.appraisals.scores(id))
			.stream()
			.filter((row) -> !row.selfNa() && row.selfPoints() != null && !row.nodeCode().startsWith("9"))
			.map(ScoreRow::selfPoints)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		this.fixtures.appraiseAll(id, AppraisalFixtures.APPRAISER,
				Map.of(CUT, new ScoreForm(BigDecimal.ONE, false, "Thiếu báo cáo quý IV", false)));
		Actors.run(this.users, AppraisalFixtures.CHAIR, () -> this.council.approve(period.cycleId()));

		ResultsPreview preview = Actors.as(this.users, "admin", () -> this.scoring.preview(period.cycleId()));
		long unitId = this.organisation.findByCode(AppraisalFixtures.UNIT).orElseThrow().id();
		UnitResult result = preview.results().unit(unitId).orElseThrow();
		assertThat(preview.results().units()).hasSize(1);
		assertThat(result.points()).isEqualByComparingTo(self.subtract(BigDecimal.ONE));
		assertThat(result.percent()).isEqualByComparingTo(result.points()
			.multiply(BigDecimal.valueOf(100))
			.divide(result.applicableMax(), 2, RoundingMode.HALF_UP));
		assertThat(result.rank()).isEqualTo(1);
		assertThat(result.lost()).extracting(LostPoints::code).contains(CUT);

		this.mvc.perform(get("/results/{cycle}", period.cycleId()).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(result.unitName())));
		this.mvc
			.perform(get("/results/{cycle}", period.cycleId()).with(user(this.users.loadUserByUsername("canbo.skhcn"))))
			.andExpect(status().isForbidden());
		assertThatThrownBy(
				() -> Actors.as(this.users, AppraisalFixtures.APPRAISER, () -> this.scoring.preview(period.cycleId())))
			.isInstanceOf(AccessRefusedException.class);

		// the explain view: from the result down to each leaf, for the unit itself once
		// approved
		this.mvc
			.perform(get("/results/{cycle}/units/{unit}/explain", period.cycleId(), unitId)
				.with(user(this.users.loadUserByUsername("canbo.skhcn"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/appraisals/" + id));
		this.mvc
			.perform(get("/appraisals/{id}", id).param("area", "1")
				.with(user(this.users.loadUserByUsername("canbo.skhcn"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Thiếu báo cáo quý IV")));
		this.mvc.perform(get("/appraisals/{id}", id).with(user(this.users.loadUserByUsername("canbo.stp"))))
			.andExpect(status().isForbidden());
	}

}
