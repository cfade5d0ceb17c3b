package vn.parindex.appraisal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.assessment.EvidenceDetails;
import vn.parindex.assessment.EvidenceManagement;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AppraisalScratchIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AppraisalManagement appraisals;

	@Autowired
	ExplanationManagement explanations;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	AssessmentWorkflow workflow;

	AppraisalFixtures fixtures;

	@AfterEach
	void close() {
		this.fixtures.closePeriods();
	}

	@Test
	void probe() {
		this.fixtures = AppraisalFixtures.of(this.context);
		AppraisalFixtures.Submitted p = this.fixtures.submittedPeriod();
		long id = p.assessmentId();
		this.fixtures.appraiseArea(id, "1", "thamdinh.snv",
				Map.of("1.1.2", new ScoreForm(BigDecimal.ONE, false, "Bi mat noi bo", true)));
		try {
			System.out.println("PROBE history as unit mid-round: "
					+ Actors.as(this.users, "canbo.skhcn", () -> this.appraisals.history(id, "1.1.2")));
		}
		catch (RuntimeException ex) {
			System.out.println("PROBE history as unit mid-round refused: " + ex);
		}
		this.fixtures.appraiseAll(id, "thamdinh.snv", Map.of());
		System.out.println("PROBE status " + this.workflow.status(id));
		Actors.run(this.users, "canbo.skhcn",
				() -> this.evidence.upload(id, "1.1.2",
						new ByteArrayInputStream(AppraisalFixtures.pdf("probe " + System.nanoTime())), "probe.pdf",
						new EvidenceDetails("1", null, "x", null)));
		try {
			Actors.run(this.users, this.fixtures.leader(), () -> this.explanations.lock(id));
			System.out.println("PROBE lock with file only: OK " + this.workflow.status(id));
		}
		catch (RuntimeException ex) {
			System.out.println("PROBE lock with file only refused: " + ex);
		}
	}

}
