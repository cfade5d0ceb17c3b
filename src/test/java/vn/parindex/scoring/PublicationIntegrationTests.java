package vn.parindex.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing: a frozen snapshot whose SHA-256 anyone can check, corrections as new
 * numbered snapshots, nothing changed in the database, nothing published mid-appraisal.
 */
@IntegrationTest
class PublicationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicationManagement publications;

	@Autowired
	PublicResults public_;

	@Autowired
	ScoringManagement scoring;

	@Autowired
	JdbcClient jdbc;

	AppraisalFixtures fixtures;

	@org.junit.jupiter.api.BeforeEach
	void fixtures() {
		this.fixtures = AppraisalFixtures.of(this.context);
	}

	@AfterEach
	void closePeriods() {
		this.fixtures.closePeriods();
	}

	@Test
	void publishingFreezesTheComputedResultsWithAHashAnyoneCanCheck() throws Exception {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.fixtures, this.context);
		PublishedResults results = this.public_.latest(published.cycleId()).orElseThrow();
		assertThat(results.publication().id()).isEqualTo(published.publicationId());
		assertThat(results.publication().seq()).isEqualTo(1);
		assertThat(results.publication().current()).isTrue();
		assertThat(results.snapshot().decision()).isEqualTo(ScoringTestFixtures.DECISION);

		String json = this.public_.canonicalJson(published.publicationId()).orElseThrow();
		String sha = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(results.publication().sha256()).isEqualTo(sha);

		UnitResult computed = Actors.as(this.users, "admin", () -> this.scoring.preview(published.cycleId()))
			.results()
			.unit(published.unitId())
			.orElseThrow();
		ResultsSnapshot.Unit frozen = results.snapshot().unit(published.unitId()).orElseThrow();
		assertThat(frozen.code()).isEqualTo(AppraisalFixtures.UNIT);
		assertThat(frozen.result().percent()).isEqualByComparingTo(computed.percent());
		assertThat(frozen.result().rank()).isEqualTo(1);
		assertThat(frozen.leaves()).filteredOn((leaf) -> leaf.code().equals(ScoringTestFixtures.CUT))
			.singleElement()
			.satisfies((leaf) -> assertThat(leaf.points()).isEqualByComparingTo("1"));
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PUBLISH' and subject_id = ?")
			.params(Long.toString(published.cycleId()))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aCorrectionIsANewNumberedSnapshotAndTheOldOneStaysSuperseded() {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.fixtures, this.context);
		long cycle = published.cycleId();
		assertRefused(() -> publish(cycle, null), "scoring.publish.reason-required");
		long second = publish(cycle, "Đính chính tên đơn vị trong phụ lục");

		List<Publication> history = Actors.as(this.users, "admin", () -> this.publications.history(cycle));
		assertThat(history).extracting(Publication::seq).containsExactly(2, 1);
		assertThat(history.get(0).id()).isEqualTo(second);
		assertThat(history.get(0).correctionReason()).isEqualTo("Đính chính tên đơn vị trong phụ lục");
		assertThat(history.get(1).current()).isFalse();
		assertThat(this.public_.current()).extracting(Publication::id)
			.contains(second)
			.doesNotContain(published.publicationId());
		assertThat(this.public_.publication(published.publicationId()))
			.hasValueSatisfying((old) -> assertThat(old.publication().supersededAt()).isNotNull());
	}

	@Test
	void aPublicationCannotBeChangedOrDeletedInTheDatabase() {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.fixtures, this.context);
		assertThatThrownBy(() -> this.jdbc.sql("update scoring_publication set snapshot = '{}' where id = ?")
			.params(published.publicationId())
			.update()).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("delete from scoring_publication where id = ?")
			.params(published.publicationId())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void nothingIsPublishedWhileAUnitIsStillBeingAppraisedAndOnlyAdminPublishes() {
		AppraisalFixtures.Submitted submitted = this.fixtures.submittedPeriod();
		assertRefused(() -> publish(submitted.cycleId(), null), "scoring.publish.not-approved");
		assertThat(this.public_.latest(submitted.cycleId())).isEmpty();
		assertThatThrownBy(() -> Actors.as(this.users, AppraisalFixtures.CHAIR,
				() -> this.publications.publish(submitted.cycleId(), ScoringTestFixtures.DECISION, null)))
			.isInstanceOf(AccessRefusedException.class);
	}

	@Test
	void theNextYearComparesWithThisYearsPublishedResults() {
		ScoringTestFixtures.Published thisYear = ScoringTestFixtures.published(this.fixtures, this.context);
		long next = this.fixtures.openPeriod(2026);
		this.fixtures.assignAll(next, AppraisalFixtures.APPRAISER);
		long id = this.fixtures.submit(next);
		this.fixtures.appraiseAll(id, AppraisalFixtures.APPRAISER, java.util.Map.of());
		long justice = submitJustice(next);
		this.fixtures.appraiseAll(justice, AppraisalFixtures.APPRAISER, java.util.Map.of());
		Actors.run(this.users, AppraisalFixtures.CHAIR,
				() -> this.context.getBean(vn.parindex.appraisal.CouncilManagement.class).approve(next));

		UnitResult last = this.public_.publication(thisYear.publicationId())
			.orElseThrow()
			.snapshot()
			.unit(thisYear.unitId())
			.orElseThrow()
			.result();
		UnitResult now = Actors.as(this.users, "admin", () -> this.scoring.preview(next))
			.results()
			.unit(thisYear.unitId())
			.orElseThrow();
		// the same unit, nothing cut this year: one point more than last year's published
		// result
		assertThat(now.change().kind()).isEqualTo(ChangeKind.COMPARED);
		assertThat(now.change().points()).isEqualByComparingTo(now.points().subtract(last.points()))
			.isEqualByComparingTo("1");
		assertThat(now.change().places()).isZero();
		// Sở Tư pháp (2025) was formed by a merger and has no result last year: no number
		// is invented
		long justiceUnit = this.context.getBean(vn.parindex.organisation.OrganisationManagement.class)
			.findByCode("STP-2025")
			.orElseThrow()
			.id();
		UnitResult merged = Actors.as(this.users, "admin", () -> this.scoring.preview(next))
			.results()
			.unit(justiceUnit)
			.orElseThrow();
		assertThat(merged.change().kind()).isEqualTo(ChangeKind.NOT_COMPARABLE);
		assertThat(merged.change().points()).isNull();
		assertThat(merged.change().places()).isNull();
	}

	/** Sở Tư pháp's assessment in the period, filled and submitted by a new leader. */
	private long submitJustice(long cycleId) {
		vn.parindex.assessment.AssessmentManagement assessments = this.context
			.getBean(vn.parindex.assessment.AssessmentManagement.class);
		long id = vn.parindex.assessment.AssessmentFixtures.assessmentOf(this.users, "canbo.stp", assessments, cycleId);
		vn.parindex.assessment.AssessmentFixtures.fillAll(this.users, "canbo.stp", assessments,
				this.context.getBean(vn.parindex.assessment.EvidenceManagement.class), id, java.util.Set.of());
		String leader = vn.parindex.assessment.AssessmentFixtures.newLeader(this.users,
				this.context.getBean(vn.parindex.identity.IdentityManagement.class),
				this.context.getBean(vn.parindex.organisation.OrganisationManagement.class), "STP-2025");
		Actors.run(this.users, leader, () -> this.context.getBean(vn.parindex.assessment.SubmissionManagement.class)
			.submit(id, assessments.workspace(id).header().version()));
		return id;
	}

	private long publish(long cycle, String reason) {
		return Actors.as(this.users, "admin",
				() -> this.publications.publish(cycle, ScoringTestFixtures.DECISION, reason));
	}

	private static void assertRefused(ThrowingCallable action, String key) {
		assertThatThrownBy(action).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
			.isEqualTo(key);
	}

}
