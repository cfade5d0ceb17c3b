package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.TestRun;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.PriorItem;
import vn.parindex.assessment.PriorRemediation;
import vn.parindex.scoring.ScoringTestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Last year's remediation in the next self-assessment: SKHCN's 2025 plan (of a freshly
 * published 2025 period) shows under the same leaf of its 2026 workspace, with its status
 * as of today and a link to the plan; the 2025 workspace itself shows no 2025 plan.
 */
@IntegrationTest
class CarryOverIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PriorRemediation prior;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	ApplicationContext context;

	private AppraisalFixtures fixtures;

	@AfterEach
	void closePeriods() {
		if (this.fixtures != null) {
			this.fixtures.closePeriods();
		}
	}

	@Test
	void lastYearsItemShowsUnderTheSameLeafOfTheNextSelfAssessment() throws Exception {
		this.fixtures = AppraisalFixtures.of(this.context);
		ScoringTestFixtures.Approved approved = ScoringTestFixtures.approved(this.fixtures, this.context);
		ScoringTestFixtures.Published published = publish(approved);
		long planId = this.jdbc.sql("select id from remediation_plan where cycle_id = ? and unit_id = ?")
			.params(published.cycleId(), published.unitId())
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(this.clock);
		String action = "Bổ sung báo cáo quý IV " + TestRun.code("K");
		int planned = this.jdbc.sql("""
				update remediation_item set action = ?, due_date = ?, status = 'IN_PROGRESS'
				where plan_id = ? and leaf_code = ?""")
			.params(action, java.sql.Date.valueOf(today.minusDays(2)), planId, ScoringTestFixtures.CUT)
			.update();
		assertThat(planned).as("the drafted line of the leaf cut").isEqualTo(1);
		FollowupTestPlans.item(this.jdbc, planId, null, "Nội dung đơn vị tự thêm", "NOT_STARTED", null, null, null);

		Map<String, PriorItem> items = this.prior.forUnit(published.unitId(), 2026);
		long leafItems = this.jdbc
			.sql("select count(*) from remediation_item where plan_id = ? and leaf_code is not null")
			.params(planId)
			.query(Long.class)
			.single();
		assertThat(items).containsKey(ScoringTestFixtures.CUT).hasSize((int) leafItems);
		assertThat(items.get(ScoringTestFixtures.CUT)).isEqualTo(new PriorItem(ScoringTestFixtures.CUT, 2025, action,
				today.minusDays(2), "remediation.status.OVERDUE", planId));
		assertThat(this.prior.forUnit(published.unitId(), 2025)).doesNotContainKey(ScoringTestFixtures.CUT);

		long later = this.fixtures.openPeriod(2026);
		long assessmentId = AssessmentFixtures.assessmentOf(this.users, AppraisalFixtures.OFFICER, this.assessments,
				later);
		String page = page("/assessments/" + assessmentId);
		assertThat(page).contains("data-prior=\"" + ScoringTestFixtures.CUT + "\"",
				"Kế hoạch khắc phục năm 2025: " + action + " — Quá hạn", "/remediation/plans/" + planId);
		assertThat(page("/assessments/" + approved.assessmentId())).doesNotContain("data-prior=");
	}

	private ScoringTestFixtures.Published publish(ScoringTestFixtures.Approved approved) {
		long id = vn.parindex.Actors.as(this.users, "admin",
				() -> this.context.getBean(vn.parindex.scoring.PublicationManagement.class)
					.publish(approved.cycleId(), ScoringTestFixtures.DECISION, null));
		return new ScoringTestFixtures.Published(approved.cycleId(), id, approved.unitId());
	}

	private String page(String path) throws Exception {
		return this.mvc
			.perform(get(path).with(SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername(AppraisalFixtures.OFFICER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
