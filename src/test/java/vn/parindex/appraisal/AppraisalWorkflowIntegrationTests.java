package vn.parindex.appraisal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.TestRun;
import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.assessment.EvidenceDetails;
import vn.parindex.assessment.EvidenceManagement;
import vn.parindex.assessment.EvidenceRow;
import vn.parindex.assessment.SubmissionManagement;
import vn.parindex.assessment.Workspace;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.appraisal.AppraisalFixtures.APPRAISER;
import static vn.parindex.appraisal.AppraisalFixtures.CHAIR;
import static vn.parindex.appraisal.AppraisalFixtures.OFFICER;

/**
 * The appraisal workflow through its facades on PostgreSQL, each test in a period of its
 * own: round 1, the explanation, round 2 and the council's approval with every version of
 * a cut leaf kept; the refusals at each stage; the lock after approval in the facade, the
 * database and the API, and the chair's unlock; two appraisers on one leaf; who may see
 * what.
 */
@IntegrationTest
class AppraisalWorkflowIntegrationTests {

	/** A tiered-ratio leaf worth 2; the fixtures self-score it at 2. */
	private static final String CUT = "1.1.2";

	/** A binary leaf worth 1; the fixtures self-score it at 1. */
	private static final String KEPT = "1.1.1";

	/** A leaf of field 2. */
	private static final String FIELD_2 = "2.2";

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AppraisalManagement appraisals;

	@Autowired
	ExplanationManagement explanations;

	@Autowired
	CouncilManagement council;

	@Autowired
	AssessmentWorkflow workflow;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	CycleManagement cycles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AppraisalFixtures.of(this.context);
	}

	@AfterEach
	void resetClockAndClosePeriods() {
		this.clock.reset();
		this.fixtures.closePeriods();
	}

	@Test
	void aCutLeafGoesThroughExplanationAndRoundTwoToApprovalWithEveryVersionKept() {
		AppraisalFixtures.Submitted period = this.fixtures.submittedPeriod();
		long id = period.assessmentId();
		String leader = this.fixtures.leader();
		UnitRow unit = this.organisation.findByCode(AppraisalFixtures.UNIT).orElseThrow();
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(row(id, CUT).selfPoints()).isEqualByComparingTo("2");

		// the first points begin the appraisal: the unit can no longer withdraw
		ScoreRow kept = score(APPRAISER, id, KEPT, AppraisalFixtures.accept(row(id, KEPT)));
		assertThat(kept.round1By()).isEqualTo(APPRAISER);
		assertThat(kept.round1Points()).isEqualByComparingTo(kept.selfPoints());
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.IN_APPRAISAL);
		assertRefused(
				() -> run(leader,
						() -> this.submissions.withdraw(id, assessmentVersion(leader, id), "Rút lại để sửa số liệu")),
				"assessment.withdraw.in-appraisal");

		// the council cannot approve the period while the unit is mid-appraisal
		CouncilSummary midway = as(CHAIR, () -> this.council.summary(period.cycleId()));
		assertThat(midway.blocking()).containsExactly(unit.name());
		assertThat(midway.approvable()).isFalse();
		assertRefused(() -> run(CHAIR, () -> this.council.approve(period.cycleId())), "appraisal.council.not-ready");

		// round 1: one leaf cut and flagged, the rest accepted; the last field closes it
		String cutComment = "Chưa có báo cáo kết quả quý IV";
		List<String> areas = this.fixtures.appraisedAreas(id, APPRAISER);
		for (String area : areas) {
			this.fixtures.appraiseArea(id, area, APPRAISER,
					Map.of(CUT, new ScoreForm(BigDecimal.ONE, false, cutComment, true)));
		}
		assertThat(areas).hasSizeGreaterThan(1).contains("1", "2");
		for (String area : areas) {
			assertThat(this.workflow.status(id)).as("before field %s is done", area)
				.isEqualTo(AssessmentStatus.IN_APPRAISAL);
			run(APPRAISER, () -> this.appraisals.markDone(id, area));
		}
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLANATION_REQUESTED);
		Instant deadline = this.cycles.deadline(period.cycleId(), unit.id(), Phase.EXPLANATION);

		// the unit sees only the flagged leaf; only its leader may lock
		ExplanationView view = as(OFFICER, () -> this.explanations.view(id));
		assertThat(view.leaves()).extracting((leaf) -> leaf.score().nodeCode()).containsExactly(CUT);
		assertThat(view.leaves().get(0).score().round1Comment()).isEqualTo(cutComment);
		assertThat(view.deadline()).isEqualTo(deadline);
		assertThat(view.open()).isTrue();
		assertThat(view.canLock()).isFalse();
		assertThat(as(leader, () -> this.explanations.view(id)).canLock()).isTrue();
		assertRefused(() -> run(leader, () -> this.explanations.lock(id)), "appraisal.explanation.unanswered");
		assertRefused(() -> answer(OFFICER, id, KEPT, "Không được hỏi"), "assessment.explanation.not-flagged");

		// after the deadline nothing more can be added
		this.clock.set(deadline.plusSeconds(60));
		assertRefused(() -> answer(OFFICER, id, CUT, "Gửi muộn"), "assessment.explanation.closed");
		assertRefused(() -> upload(OFFICER, id, CUT, "Gửi muộn"), "assessment.explanation.closed");
		this.clock.reset();

		// the answer and a new file, kept apart as explanation evidence
		String answerText = "Đã bổ sung báo cáo kết quả quý IV";
		ScoreRow answered = answer(OFFICER, id, CUT, answerText);
		assertThat(answered.answer()).isEqualTo(answerText);
		assertThat(answered.answerBy()).isEqualTo(OFFICER);
		long evidenceId = upload(OFFICER, id, CUT, "Báo cáo bổ sung");
		assertRefused(() -> upload(OFFICER, id, KEPT, "Không được hỏi"), "assessment.explanation.not-flagged");
		Workspace.Node node = as(OFFICER, () -> this.assessments.workspace(id)).nodes()
			.stream()
			.filter((candidate) -> candidate.definition().code().equals(CUT))
			.findFirst()
			.orElseThrow();
		assertThat(node.evidence()).filteredOn(EvidenceRow::explanation).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo(evidenceId);
			assertThat(row.attachedBy()).isEqualTo(OFFICER);
		});
		assertThat(node.evidence()).filteredOn((row) -> !row.explanation()).isNotEmpty();

		// the officer cannot lock; the leader can, once
		assertThatThrownBy(() -> run(OFFICER, () -> this.explanations.lock(id)))
			.isInstanceOf(AccessRefusedException.class);
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLANATION_REQUESTED);
		run(leader, () -> this.explanations.lock(id));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLAINED);
		assertRefused(() -> answer(OFFICER, id, CUT, "Sau khi chốt"), "assessment.explanation.not-open");

		// round 2: only the flagged leaf
		assertRefused(() -> score(APPRAISER, id, KEPT, new ScoreForm(BigDecimal.ZERO, false, "Giảm điểm", false)),
				"appraisal.round2.not-flagged");
		String round2Comment = "Báo cáo bổ sung đáp ứng một phần";
		ScoreRow second = score(APPRAISER, id, CUT, new ScoreForm(new BigDecimal("1.5"), false, round2Comment, false));
		assertThat(second.round2Points()).isEqualByComparingTo("1.5");
		assertThat(second.finalPoints()).isEqualByComparingTo("1.5");
		assertThat(row(id, KEPT).round2Done()).isFalse();
		assertRefused(() -> run(CHAIR, () -> this.council.unlock(id, "Xem lại")), "appraisal.council.not-approved");
		run(APPRAISER, () -> this.appraisals.markDone(id, "1"));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.REAPPRAISED);

		// the council approves: locked
		CouncilSummary ready = as(CHAIR, () -> this.council.summary(period.cycleId()));
		assertThat(ready.blocking()).isEmpty();
		assertThat(ready.approvable()).isTrue();
		assertThat(as(CHAIR, () -> this.council.approve(period.cycleId()))).containsExactly(unit.id());
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.APPROVED);
		assertThat(as(APPRAISER, () -> this.appraisals.sheet(id, "1")).header().lockedAt()).isNotNull();

		// the history of the cut leaf, in order, with who, when and why
		List<HistoryRow> history = as(APPRAISER, () -> this.appraisals.history(id, CUT));
		assertThat(history).extracting(HistoryRow::stage)
			.containsExactly("SELF", "ROUND_1", "EXPLANATION", "ROUND_2", "FINAL");
		assertThat(history).extracting(HistoryRow::setBy).containsExactly(leader, APPRAISER, OFFICER, APPRAISER, CHAIR);
		assertThat(history).extracting(HistoryRow::comment)
			.containsExactly(null, cutComment, answerText, round2Comment, null);
		assertThat(history.get(0).points()).isEqualByComparingTo("2");
		assertThat(history.get(1).points()).isEqualByComparingTo("1");
		assertThat(history.get(1).flagged()).isTrue();
		assertThat(history.get(2).points()).isNull();
		assertThat(history.get(3).points()).isEqualByComparingTo("1.5");
		assertThat(history.get(4).points()).isEqualByComparingTo("1.5");
		assertThat(history).extracting(HistoryRow::setAt).isSorted().doesNotContainNull();
		assertThat(as(OFFICER, () -> this.appraisals.history(id, CUT))).isEqualTo(history);
	}

	@Test
	void theUnitSeesCommentsOnlyWhenAskedAndANewFileAloneExplainsALeaf() {
		AppraisalFixtures.Submitted period = this.fixtures.submittedPeriod();
		long id = period.assessmentId();
		String leader = this.fixtures.leader();
		score(APPRAISER, id, CUT, new ScoreForm(BigDecimal.ONE, false, "Thiếu báo cáo", true));
		score(APPRAISER, id, KEPT, new ScoreForm(BigDecimal.ZERO, false, "Nhận xét nội bộ", false));
		// round 1 still open: the unit reads no appraiser's comment
		assertThatThrownBy(() -> as(OFFICER, () -> this.appraisals.history(id, CUT)))
			.isInstanceOf(AccessRefusedException.class);
		for (String area : this.fixtures.appraisedAreas(id, APPRAISER)) {
			this.fixtures.appraiseArea(id, area, APPRAISER, Map.of());
			run(APPRAISER, () -> this.appraisals.markDone(id, area));
		}
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLANATION_REQUESTED);
		// asked to explain CUT: its history is the unit's to read; KEPT's comment is not
		assertThat(as(OFFICER, () -> this.appraisals.history(id, CUT))).extracting(HistoryRow::stage)
			.containsExactly("SELF", "ROUND_1");
		assertThatThrownBy(() -> as(OFFICER, () -> this.appraisals.history(id, KEPT)))
			.isInstanceOf(AccessRefusedException.class);
		// no text, only a new document: the leader may lock
		upload(OFFICER, id, CUT, "Báo cáo quý IV");
		run(leader, () -> this.explanations.lock(id));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLAINED);
	}

	@Test
	void approvedScoresAreLockedInTheFacadeTheDatabaseAndTheApiUntilTheChairUnlocksThem() throws Exception {
		AppraisalFixtures.Submitted period = this.fixtures.submittedPeriod();
		long id = period.assessmentId();
		this.fixtures.appraiseAll(id, APPRAISER, Map.of());
		assertThat(this.workflow.status(id)).as("round 1 closed without flags")
			.isEqualTo(AssessmentStatus.IN_APPRAISAL);
		assertRefused(() -> run(CHAIR, () -> this.council.returnUnit(id, "   ")), "appraisal.council.reason-required");
		run(CHAIR, () -> this.council.approve(period.cycleId()));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.APPROVED);
		ScoreRow before = row(id, KEPT);

		// the facade
		assertRefused(() -> score(APPRAISER, id, KEPT, new ScoreForm(BigDecimal.ZERO, false, "Giảm", false)),
				"appraisal.locked");
		assertRefused(() -> run(APPRAISER, () -> this.appraisals.markDone(id, "1")), "appraisal.locked");
		assertRefused(() -> run(CHAIR, () -> this.council.returnUnit(id, "Trả lại")),
				"appraisal.council.not-ready-unit");

		// the database, whatever writes to it
		assertThatThrownBy(
				() -> this.jdbc.sql("update assessment set status = 'DRAFT' where id = ?").params(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot move from APPROVED to DRAFT");
		assertThatThrownBy(() -> this.jdbc
			.sql("update appraisal_score set round1_points = 0, round1_comment = 'x' where assessment_id = ?")
			.params(id)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("locked after approval");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from appraisal_score_version where assessment_id = ?").params(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.APPROVED);
		assertThat(row(id, KEPT)).isEqualTo(before);

		// the API
		String body = """
				{"points": 0, "naRefused": false, "comment": "Giảm qua API", "flagged": false, "version": %d}"""
			.formatted(before.version());
		this.mvc
			.perform(put("/api/v1/appraisals/{id}/scores/{code}", id, KEPT).with(as(APPRAISER))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
		assertThat(row(id, KEPT)).isEqualTo(before);
		this.mvc.perform(get("/api/v1/appraisals/{id}", id).with(as(APPRAISER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.nodeCode == '%s')].round1By".formatted(KEPT)).value(APPRAISER));

		// the chair unlocks with a reason, audited; round 2 is open on every leaf
		assertRefused(() -> run(CHAIR, () -> this.council.unlock(id, "")), "appraisal.council.reason-required");
		String reason = "Phát hiện sai sót số liệu " + TestRun.SUFFIX;
		run(CHAIR, () -> this.council.unlock(id, reason));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.RETURNED);
		Map<String, Object> audit = this.jdbc.sql("""
				select actor, new_value ->> 'reason' as reason from audit_event
				where action = 'UNLOCK' and subject_type = 'assessment' and subject_id = ?""")
			.params(Long.toString(id))
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor", CHAIR).containsEntry("reason", reason);
		AppraisalSheet sheet = as(APPRAISER, () -> this.appraisals.sheet(id, "1"));
		assertThat(sheet.header().lockedAt()).isNull();
		assertThat(sheet.header().round()).isEqualTo(Round.ROUND_2);
		assertThat(sheet.header().returnedReason()).isEqualTo(reason);
		ScoreRow rescored = score(APPRAISER, id, KEPT, new ScoreForm(BigDecimal.ZERO, false, reason, false));
		assertThat(rescored.round2Points()).isEqualByComparingTo("0");
		assertThat(rescored.round2By()).isEqualTo(APPRAISER);
	}

	@Test
	void ofTwoAppraisersSavingTheSameLeafTheSecondIsStaleAndChangesNothing() {
		long cycleId = this.fixtures.openPeriod();
		this.fixtures.assignAll(cycleId, APPRAISER);
		String second = this.fixtures.secondAppraiser();
		this.fixtures.assign(cycleId, "1", second);
		long id = this.fixtures.submit(cycleId);
		ScoreRow seenByFirst = leaf(APPRAISER, id, KEPT);
		ScoreRow seenBySecond = leaf(second, id, KEPT);
		assertThat(seenBySecond.version()).isEqualTo(seenByFirst.version());

		run(APPRAISER,
				() -> this.appraisals.score(id, KEPT, AppraisalFixtures.accept(seenByFirst), seenByFirst.version()));
		assertThatThrownBy(() -> run(second, () -> this.appraisals.score(id, KEPT,
				new ScoreForm(BigDecimal.ZERO, false, "Không đạt", true), seenBySecond.version())))
			.isInstanceOf(StaleVersionException.class);

		ScoreRow stored = row(id, KEPT);
		assertThat(stored.round1Points()).isEqualByComparingTo(seenByFirst.selfPoints());
		assertThat(stored.round1By()).isEqualTo(APPRAISER);
		assertThat(stored.round1Comment()).isNull();
		assertThat(stored.flagged()).isFalse();
		assertThat(stored.version()).isEqualTo(seenByFirst.version() + 1);
		assertThat(as(APPRAISER, () -> this.appraisals.history(id, KEPT))).extracting(HistoryRow::stage)
			.containsExactly("SELF", "ROUND_1");
	}

	@Test
	void appraisersWorkOnlyInTheirFieldsAndOtherUnitsSeeNothing() throws Exception {
		long cycleId = this.fixtures.openPeriod();
		this.fixtures.assignAll(cycleId, APPRAISER);
		String second = this.fixtures.secondAppraiser();
		this.fixtures.assign(cycleId, "1", second);
		long id = this.fixtures.submit(cycleId);

		// the appraiser of field 1 only
		assertThat(as(second, () -> this.appraisals.sheet(id, "1")).areas()).filteredOn(AppraisalSheet.Area::mine)
			.extracting(AppraisalSheet.Area::code)
			.containsExactly("1");
		ScoreRow other = row(id, FIELD_2);
		assertThatThrownBy(() -> run(second,
				() -> this.appraisals.score(id, FIELD_2, AppraisalFixtures.accept(other), other.version())))
			.isInstanceOf(AccessRefusedException.class);
		this.fixtures.appraiseArea(id, "2", APPRAISER, Map.of());
		assertThatThrownBy(() -> run(second, () -> this.appraisals.markDone(id, "2")))
			.isInstanceOf(AccessRefusedException.class);
		assertThat(as(APPRAISER, () -> this.appraisals.sheet(id, "2")).areas())
			.filteredOn((area) -> area.code().equals("2"))
			.singleElement()
			.satisfies((area) -> assertThat(area.done()).isFalse());
		assertThat(row(id, FIELD_2).round1By()).isEqualTo(APPRAISER);

		// round 1 closes with a flag; the unit itself may see its explanation, another
		// not
		this.fixtures.appraiseAll(id, APPRAISER,
				Map.of(CUT, new ScoreForm(BigDecimal.ONE, false, "Thiếu tài liệu", true)));
		assertThat(this.workflow.status(id)).isEqualTo(AssessmentStatus.EXPLANATION_REQUESTED);
		assertThat(as(OFFICER, () -> this.explanations.view(id)).leaves()).hasSize(1);
		assertThatThrownBy(() -> run("canbo.stp", () -> this.explanations.view(id)))
			.isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> run("canbo.stp", () -> this.appraisals.history(id, CUT)))
			.isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(() -> run("canbo.stp", () -> this.appraisals.sheet(id, "1")))
			.isInstanceOf(AccessRefusedException.class);
		this.mvc.perform(get("/appraisals/{id}/explanation", id).with(as("canbo.stp")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/appraisals/{id}/explanation", id).with(as(OFFICER))).andExpect(status().isOk());
	}

	private ScoreRow row(long id, String code) {
		return as(APPRAISER, () -> this.appraisals.scores(id)).stream()
			.filter((row) -> row.nodeCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** The leaf as the user's sheet shows it. */
	private ScoreRow leaf(String user, long id, String code) {
		return as(user, () -> this.appraisals.sheet(id, AppraisalAccess.areaOf(code))).leaves()
			.stream()
			.map(AppraisalSheet.Leaf::score)
			.filter((row) -> row.nodeCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** Sets the leaf's points with the version stored now. */
	private ScoreRow score(String user, long id, String code, ScoreForm form) {
		long version = row(id, code).version();
		return as(user, () -> this.appraisals.score(id, code, form, version));
	}

	private ScoreRow answer(String user, long id, String code, String text) {
		long version = row(id, code).version();
		return as(user, () -> this.explanations.answer(id, code, text, version));
	}

	private long upload(String user, long id, String code, String title) {
		byte[] file = AppraisalFixtures.pdf(title + " " + TestRun.SUFFIX + " " + System.nanoTime());
		EvidenceDetails details = new EvidenceDetails("15/BC-SKHCN", null, "Sở Khoa học và Công nghệ", title);
		return as(user, () -> this.evidence.upload(id, code, new ByteArrayInputStream(file), title + ".pdf", details));
	}

	private long assessmentVersion(String user, long id) {
		return as(user, () -> this.assessments.workspace(id)).header().version();
	}

	private <T> T as(String username, Supplier<T> action) {
		return Actors.as(this.users, username, action);
	}

	private void run(String username, Runnable action) {
		Actors.run(this.users, username, action);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static void assertRefused(ThrowingCallable action, String key) {
		assertThatThrownBy(action).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
			.isEqualTo(key);
	}

}
