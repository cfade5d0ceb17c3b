package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The self-assessment through its facades on PostgreSQL: server-side scores, the
 * optimistic lock, the deadline on an injected clock, submission with its snapshot,
 * withdrawal, and the audit trail.
 */
@IntegrationTest
class AssessmentIntegrationTests {

	@Autowired
	UserDetailsService users;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	CycleManagement cycles;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	long cycleId;

	@BeforeEach
	void open() {
		this.cycleId = AssessmentFixtures.openPeriod(this.users, this.cycles);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void computesTheSelfScoreOnTheServerFromTheInputs() {
		long id = AssessmentFixtures.assessmentOf(this.users, "canbo.stp", this.assessments, this.cycleId);
		// 1.1.2 is TIERED_RATIO, max 2: 100 % → 2, 80–100 % → 1, below → 0 (demo
		// framework)
		EntrySaved saved = save("canbo.stp", id, "1.1.2",
				RuleInput.ratio(BigDecimal.valueOf(45), BigDecimal.valueOf(50)));
		assertThat(saved.entry().selfPoints()).isEqualByComparingTo("1");
		saved = save("canbo.stp", id, "1.1.2", RuleInput.ratio(BigDecimal.valueOf(50), BigDecimal.valueOf(50)));
		assertThat(saved.entry().selfPoints()).isEqualByComparingTo("2");
		assertThat(saved.tallies().get("1.1").self()).isGreaterThanOrEqualTo(new BigDecimal("2"));
		// an incomplete input is kept but not scored
		saved = save("canbo.stp", id, "1.1.2",
				new RuleInput(null, BigDecimal.TEN, null, null, null, null, Map.of(), null));
		assertThat(saved.entry().selfPoints()).isNull();
		assertThat(saved.entry().input().rule().numerator()).isEqualByComparingTo("10");
	}

	@Test
	void theSecondOfTwoSavesOnTheSameLeafConflictsAndOverwritesNothing() {
		long id = AssessmentFixtures.assessmentOf(this.users, "canbo.stp", this.assessments, this.cycleId);
		long version = entry("canbo.stp", id, "1.1.1").version();
		EntryInput first = new EntryInput(RuleInput.met(true), "Người thứ nhất", false, null);
		EntryInput second = new EntryInput(RuleInput.met(false), "Người thứ hai", false, null);
		Actors.run(this.users, "canbo.stp", () -> this.assessments.save(id, "1.1.1", first, version));
		assertThatThrownBy(
				() -> Actors.run(this.users, "canbo.stp", () -> this.assessments.save(id, "1.1.1", second, version)))
			.isInstanceOf(EntryConflictException.class);
		EntryRow stored = entry("canbo.stp", id, "1.1.1");
		assertThat(stored.input().explanation()).isEqualTo("Người thứ nhất");
		assertThat(stored.selfPoints()).isEqualByComparingTo("1");
		assertThat(stored.version()).isEqualTo(version + 1);
	}

	@Test
	void refusesSavesAfterTheDeadlineUnlessTheUnitWasGivenAnExtension() {
		long stp = AssessmentFixtures.assessmentOf(this.users, "canbo.stp", this.assessments, this.cycleId);
		long skhcn = AssessmentFixtures.assessmentOf(this.users, "canbo.skhcn", this.assessments, this.cycleId);
		long stpUnit = this.organisation.findByCode("STP-2025").orElseThrow().id();
		Instant deadline = this.cycles.unitPeriod(this.cycleId, stpUnit, Phase.SELF_ASSESSMENT)
			.orElseThrow()
			.deadline();
		Instant later = deadline.plus(Duration.ofDays(400));
		this.clock.set(later);
		assertThatThrownBy(() -> save("canbo.stp", stp, "1.1.1", RuleInput.met(true)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
			.isEqualTo("framework.cycle.window-closed");
		this.clock.reset();
		Actors.run(this.users, "admin", () -> this.cycles.extend(this.cycleId, stpUnit, Phase.SELF_ASSESSMENT,
				later.plus(Duration.ofDays(1)), "Thử nghiệm gia hạn " + vn.parindex.TestRun.SUFFIX));
		this.clock.set(later);
		assertThat(save("canbo.stp", stp, "1.1.1", RuleInput.met(true)).entry().selfPoints()).isEqualByComparingTo("1");
		assertThatThrownBy(() -> save("canbo.skhcn", skhcn, "1.1.1", RuleInput.met(true)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void submissionIsRefusedWithEveryProblemThenSnapshotsLocksAndCanBeWithdrawn() {
		long id = AssessmentFixtures.assessmentOf(this.users, "canbo.stp", this.assessments, this.cycleId);
		String leader = AssessmentFixtures.newLeader(this.users, this.identity, this.organisation, "STP-2025");
		AssessmentFixtures.fillAll(this.users, "canbo.stp", this.assessments, this.evidence, id, Set.of("1.1.1"));
		Actors.run(this.users, "canbo.stp", () -> clear(id, "1.1.1"));
		assertThatThrownBy(() -> submit(leader, id)).isInstanceOfSatisfying(SubmissionRefusedException.class,
				(ex) -> assertThat(ex.problems()).extracting(Problem::code).contains("1.1.1"));

		AssessmentFixtures.fillAll(this.users, "canbo.stp", this.assessments, this.evidence, id, Set.of());
		int seq = submit(leader, id);
		try {
			assertSubmittedAndLocked(leader, id, seq);
		}
		finally {
			long version = workspace(leader, id).header().version();
			Actors.run(this.users, leader, () -> this.submissions.withdraw(id, version, "Bổ sung TLKC"));
		}
		assertThat(workspace("canbo.stp", id).header().status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where subject_type = 'assessment' and subject_id = ? "
					+ "and action in ('SUBMIT', 'WITHDRAW')")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private void assertSubmittedAndLocked(String leader, long id, int seq) {
		Workspace submitted = Actors.as(this.users, leader, () -> this.assessments.workspace(id));
		assertThat(submitted.header().status()).isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(submitted.header().submittedBy()).isEqualTo(leader);
		String snapshot = this.jdbc
			.sql("select snapshot::text from assessment_submission where assessment_id = ? and seq = ?")
			.params(id, seq)
			.query(String.class)
			.single();
		assertThat(snapshot).contains("\"code\": \"1.1.1\"").contains("Kế hoạch CCHC 2025.pdf");
		assertThatThrownBy(() -> save("canbo.stp", id, "1.1.1", RuleInput.met(false)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
			.isEqualTo("assessment.not-editable");
		assertThatThrownBy(
				() -> this.jdbc.sql("update assessment_submission set self_total = 0 where assessment_id = ?")
					.param(id)
					.update())
			.hasMessageContaining("cannot be changed");
	}

	@Test
	void onlyTheUnitsOfficerEditsAndOnlyItsLeaderSubmits() {
		long skhcn = AssessmentFixtures.assessmentOf(this.users, "canbo.skhcn", this.assessments, this.cycleId);
		assertThatThrownBy(() -> save("canbo.stp", skhcn, "1.1.1", RuleInput.met(true)))
			.isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> save("lanhdao.skhcn", skhcn, "1.1.1", RuleInput.met(true)))
			.isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> workspace("canbo.stp", skhcn)).isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> workspace("thamdinh.snv", skhcn)).isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> submit("canbo.skhcn", skhcn)).isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(
				() -> Actors.run(this.users, "canbo.stp",
						() -> this.evidence.upload(skhcn, "1.1.1", new ByteArrayInputStream(AssessmentFixtures.pdf()),
								"x.pdf", new EvidenceDetails(null, null, null, null))))
			.isInstanceOf(AccessRefusedException.class);
		assertThat(workspace("admin", skhcn).header().unitCode()).isEqualTo("SKHCN-2025");
		assertThat(workspace("lanhdao.skhcn", skhcn).can().edit()).isFalse();
	}

	private void clear(long id, String code) {
		EntryRow row = this.assessments.entry(id, code);
		this.assessments.save(id, code, new EntryInput(RuleInput.EMPTY, null, false, null), row.version());
	}

	private int submit(String leader, long id) {
		return Actors.as(this.users, leader,
				() -> this.submissions.submit(id, this.assessments.workspace(id).header().version()));
	}

	private Workspace workspace(String username, long id) {
		return Actors.as(this.users, username, () -> this.assessments.workspace(id));
	}

	private EntryRow entry(String username, long id, String code) {
		return Actors.as(this.users, username, () -> this.assessments.entry(id, code));
	}

	private EntrySaved save(String username, long id, String code, RuleInput input) {
		return Actors.as(this.users, username, () -> this.assessments.save(id, code,
				new EntryInput(input, null, false, null), this.assessments.entry(id, code).version()));
	}

}
