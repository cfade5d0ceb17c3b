package vn.parindex.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestClock;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AssignmentManagement;
import vn.parindex.appraisal.ExplanationLocked;
import vn.parindex.appraisal.ExplanationRequested;
import vn.parindex.appraisal.ResultsApproved;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentSubmitted;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.notification.NotificationFixtures.awaitMail;
import static vn.parindex.notification.NotificationFixtures.count;
import static vn.parindex.notification.NotificationFixtures.mailCount;
import static vn.parindex.notification.NotificationFixtures.nextAssessmentId;
import static vn.parindex.notification.NotificationFixtures.row;
import static vn.parindex.notification.NotificationFixtures.userId;

/**
 * Each workflow event and the deadline reminders reach the right people in the app and by
 * mail (GreenMail on port 3025), once.
 */
@IntegrationTest
class NotificationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AssessmentWorkflow workflow;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	WorkflowNotifications listeners;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	AppraiserFixture appraiser;

	@BeforeEach
	void fixture(@Autowired CycleManagement cycles, @Autowired FrameworkManagement frameworks,
			@Autowired AssignmentManagement assignments, @Autowired UserDetailsService users) {
		this.appraiser = new AppraiserFixture(cycles, frameworks, assignments, users, idOf("thamdinh.snv"));
	}

	@AfterEach
	void reset() {
		this.clock.reset();
		SecurityContextHolder.clearContext();
	}

	/**
	 * A real submission (in a period of its own, the appraisal module starts from it), so
	 * the event comes from the workflow itself.
	 */
	@Test
	void submissionReachesAdminsAndAppraisersWithAReceiptToTheUnit(@Autowired ApplicationContext context)
			throws Exception {
		AppraisalFixtures.Submitted submitted = AppraisalFixtures.of(context).submittedPeriod();
		long id = submitted.assessmentId();
		long unit = skhcn();
		String name = this.organisation.findRow(unit).orElseThrow().name();

		MimeMessage toAdmin = awaitMail(mail, "admin@dongthap.gov.vn", name + " đã nộp bản tự đánh giá",
				"/assessments/" + id);
		assertThat(toAdmin.getSubject()).startsWith("[Chỉ số CCHC] ");
		assertThat(toAdmin.getFrom()[0].toString()).isEqualTo("cchc@dongthap.gov.vn");
		assertThat((String) toAdmin.getContent()).contains("lần nộp thứ 1", "http://localhost:8080/assessments/" + id);
		assertThat((String) awaitMail(mail, "thamdinh.snv@dongthap.gov.vn", name, "/appraisals/" + id).getContent())
			.contains("http://localhost:8080/appraisals/" + id);
		awaitMail(mail, "canbo.skhcn@dongthap.gov.vn", "Đã nhận bản tự đánh giá của " + name, "/assessments/" + id);
		awaitMail(mail, "lanhdao.skhcn@dongthap.gov.vn", "Đã nhận bản tự đánh giá của " + name, "/assessments/" + id);

		assertThat(row(this.jdbc, idOf("admin"), "submitted:" + id + ":1")).hasValueSatisfying((row) -> {
			assertThat(row.kind()).isEqualTo("SUBMITTED");
			assertThat(row.link()).isEqualTo("/assessments/" + id);
			assertThat(row.emailTo()).isEqualTo("admin@dongthap.gov.vn");
			assertThat(row.emailed()).isTrue();
			assertThat(row.read()).isFalse();
		});
		assertThat(row(this.jdbc, idOf("thamdinh.snv"), "submitted:" + id + ":1")).isPresent();
		assertThat(row(this.jdbc, idOf("canbo.skhcn"), "receipt:" + id + ":1")).isPresent();
		assertThat(row(this.jdbc, idOf("canbo.skhcn"), "submitted:" + id + ":1")).isEmpty();
		assertThat(row(this.jdbc, idOf("canbo.stp"), "receipt:" + id + ":1")).isEmpty();

		// The same submission told again (straight to the listener: the appraisal module
		// keeps its own rows) adds nothing and mails nothing.
		long rows = count(this.jdbc, "%:" + id + ":1");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.listeners
			.on(new AssessmentSubmitted(id, submitted.cycleId(), unit, 1, Instant.now())));
		assertThat(count(this.jdbc, "%:" + id + ":1")).isEqualTo(rows).isGreaterThanOrEqualTo(4);
		assertThat(mailCount(mail, "canbo.skhcn@dongthap.gov.vn", "Đã nhận bản tự đánh giá", "/assessments/" + id))
			.isOne();
	}

	@Test
	void theSameEventTwiceNotifiesOnce() throws Exception {
		long unit = skhcn();
		long id = nextAssessmentId();
		ExplanationRequested event = new ExplanationRequested(id, cycleOf(unit), unit, List.of("5.1"),
				Instant.now().plus(Duration.ofDays(9)));
		publish(event);
		awaitMail(mail, "canbo.skhcn@dongthap.gov.vn", "Yêu cầu giải trình 1 tiêu chí",
				"/appraisals/" + id + "/explanation");
		long rows = count(this.jdbc, "explanation-requested:" + id + ":%");
		publish(event);

		assertThat(rows).isGreaterThanOrEqualTo(2);
		assertThat(count(this.jdbc, "explanation-requested:" + id + ":%")).isEqualTo(rows);
		assertThat(mailCount(mail, "canbo.skhcn@dongthap.gov.vn", "Yêu cầu giải trình 1 tiêu chí",
				"/appraisals/" + id + "/explanation"))
			.isOne();
	}

	@Test
	void explanationRequestTellsTheUnitTheLeavesAndTheDeadline() throws Exception {
		long unit = skhcn();
		long id = nextAssessmentId();
		Instant deadline = Instant.parse("2026-02-10T10:00:00Z");
		publish(new ExplanationRequested(id, cycleOf(unit), unit, List.of("1.1.1", "2.3", "4.2.1"), deadline));

		String expected = "Yêu cầu giải trình 3 tiêu chí";
		assertThat(
				(String) awaitMail(mail, "canbo.skhcn@dongthap.gov.vn", expected, "/appraisals/" + id + "/explanation")
					.getContent())
			.contains("1.1.1, 2.3, 4.2.1", "Hạn giải trình: 10/02/2026 17:00", "/appraisals/" + id + "/explanation");
		awaitMail(mail, "lanhdao.skhcn@dongthap.gov.vn", expected, "/appraisals/" + id + "/explanation");
		String ref = "explanation-requested:" + id + ":" + deadline.getEpochSecond();
		assertThat(row(this.jdbc, idOf("lanhdao.skhcn"), ref)).hasValueSatisfying(
				(row) -> assertThat(row.kind()).isEqualTo(NotificationKind.EXPLANATION_REQUESTED.name()));
		assertThat(row(this.jdbc, idOf("admin"), ref)).isEmpty();
		assertThat(row(this.jdbc, idOf("canbo.stp"), ref)).isEmpty();
	}

	@Test
	void lockedExplanationReachesAppraisersAndAdmins() throws Exception {
		long unit = skhcn();
		UnitPeriod period = this.appraiser.period(unit, Phase.SELF_ASSESSMENT);
		long id = nextAssessmentId();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.appraiser.assignedFor(period,
				() -> publish(new ExplanationLocked(id, period.cycleId(), unit, "lanhdao.skhcn", at)));

		String subject = "đã chốt giải trình";
		assertThat((String) awaitMail(mail, "thamdinh.snv@dongthap.gov.vn", subject, "/appraisals/" + id).getContent())
			.contains("lanhdao.skhcn", "/appraisals/" + id);
		awaitMail(mail, "admin@dongthap.gov.vn", subject, "/appraisals/" + id);
		String ref = "explanation-locked:" + id + ":" + at.toEpochMilli();
		assertThat(row(this.jdbc, idOf("thamdinh.snv"), ref)).isPresent();
		assertThat(row(this.jdbc, idOf("admin"), ref)).isPresent();
		assertThat(row(this.jdbc, idOf("canbo.skhcn"), ref)).isEmpty();
	}

	@Test
	void approvedResultsReachEachUnitAndAdmins() throws Exception {
		long science = skhcn();
		long justice = this.organisation.findByCode("STP-2025").orElseThrow().id();
		long cycle = cycleOf(science);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		publish(new ResultsApproved(cycle, List.of(science, justice), "chutich.hd", at));

		String scienceName = this.organisation.findRow(science).orElseThrow().name();
		awaitMail(mail, "canbo.skhcn@dongthap.gov.vn", "Kết quả đánh giá của " + scienceName);
		awaitMail(mail, "canbo.stp@dongthap.gov.vn", "Kết quả đánh giá của");
		assertThat((String) awaitMail(mail, "admin@dongthap.gov.vn", "Đã phê duyệt kết quả của 2 đơn vị").getContent())
			.contains("chutich.hd");
		assertThat(row(this.jdbc, idOf("canbo.stp"),
				"results-approved:" + cycle + ":" + justice + ":" + at.toEpochMilli()))
			.hasValueSatisfying((row) -> assertThat(row.kind()).isEqualTo("RESULTS_APPROVED"));
		assertThat(row(this.jdbc, idOf("canbo.stp"),
				"results-approved:" + cycle + ":" + science + ":" + at.toEpochMilli()))
			.isEmpty();
	}

	@Test
	void remindersGoThreeDaysAndOneDayBeforeTheSelfAssessmentDeadlineOnce() throws Exception {
		long unit = skhcn();
		UnitPeriod period = this.appraiser.period(unit, Phase.SELF_ASSESSMENT);
		assertThat(this.workflow.statuses(period.cycleId()).getOrDefault(unit, AssessmentStatus.DRAFT))
			.as("SKHCN's demo assessment stays a draft")
			.isEqualTo(AssessmentStatus.DRAFT);
		Instant deadline = period.deadline();
		String refs = "reminder:SELF_ASSESSMENT:" + period.cycleId() + ":" + unit + ":";
		// An earlier run against the same database sent these already.
		this.jdbc.sql("delete from notification_message where ref_key like ?").params(refs + "%").update();
		String officer = "canbo.skhcn@dongthap.gov.vn";

		Map<String, Long> threeDays = remindTwiceAt(deadline.minus(Duration.ofDays(2)), refs);
		awaitMail(mail, officer, "Còn 3 ngày đến hạn nộp bản tự đánh giá");
		assertThat(threeDays.get("first")).isGreaterThanOrEqualTo(2).isEqualTo(threeDays.get("second"));
		assertThat(row(this.jdbc, idOf("lanhdao.skhcn"), refs + "3d:" + deadline.getEpochSecond())).isPresent();

		Map<String, Long> oneDay = remindTwiceAt(deadline.minus(Duration.ofHours(20)), refs);
		MimeMessage last = awaitMail(mail, officer, "Còn 1 ngày đến hạn nộp bản tự đánh giá");
		assertThat((String) last.getContent()).contains(Formats.dateTime(deadline),
				"http://localhost:8080/assessments");
		assertThat(oneDay.get("first")).isEqualTo(2 * threeDays.get("first")).isEqualTo(oneDay.get("second"));
		String due = Formats.dateTime(deadline);
		assertThat(mailCount(mail, officer, "Còn 3 ngày", due)).isOne();
		assertThat(mailCount(mail, officer, "Còn 1 ngày", due)).isOne();
	}

	@Test
	void aUserSeesAndChangesOnlyTheirOwnNotifications() throws Exception {
		long unit = skhcn();
		long id = nextAssessmentId();
		Instant deadline = Instant.parse("2026-03-01T10:00:00Z");
		publish(new ExplanationRequested(id, cycleOf(unit), unit, List.of("1.1"), deadline));
		long theirs = row(this.jdbc, idOf("canbo.skhcn"),
				"explanation-requested:" + id + ":" + deadline.getEpochSecond())
			.orElseThrow()
			.id();
		String other = "canbo.stp";

		this.mvc.perform(post("/notifications/{id}/read", theirs).with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/{id}/open", theirs).with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/notifications").with(as(other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + theirs + ")]").isEmpty());
		assertThat(readFlag(theirs)).isFalse();

		this.mvc.perform(get("/api/v1/notifications").with(as("canbo.skhcn")))
			.andExpect(jsonPath("$[?(@.id == " + theirs + ")].title").value("Yêu cầu giải trình 1 tiêu chí"));
		this.mvc.perform(post("/notifications/{id}/open", theirs).with(as("canbo.skhcn")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/appraisals/" + id + "/explanation"));
		assertThat(readFlag(theirs)).isTrue();
	}

	@Test
	void theBadgeCountsUnreadNotificationsAndThePageMarksThemRead() throws Exception {
		long unit = skhcn();
		long before = unread("lanhdao.skhcn");
		long id = nextAssessmentId();
		Instant deadline = Instant.now().plus(Duration.ofDays(5));
		publish(new ExplanationRequested(id, cycleOf(unit), unit, List.of("3.1", "3.2"), deadline));
		assertThat(unread("lanhdao.skhcn")).isEqualTo(before + 1);

		this.mvc.perform(get("/notifications").with(as("lanhdao.skhcn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yêu cầu giải trình 2 tiêu chí")))
			.andExpect(content().string(containsString("Đánh dấu tất cả đã đọc")))
			.andExpect(content().string(containsString("hx-get=\"/notifications/badge\"")));
		long mine = row(this.jdbc, idOf("lanhdao.skhcn"),
				"explanation-requested:" + id + ":" + deadline.getEpochSecond())
			.orElseThrow()
			.id();
		this.mvc.perform(post("/notifications/{id}/read", mine).with(as("lanhdao.skhcn")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unread("lanhdao.skhcn")).isEqualTo(before);
		this.mvc.perform(post("/notifications/read-all").with(as("lanhdao.skhcn")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unread("lanhdao.skhcn")).isZero();
	}

	/** The count the header's badge shows the user. */
	private long unread(String username) throws Exception {
		String badge = this.mvc.perform(get("/notifications/badge").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern.compile("data-unread=\"(\\d+)\"").matcher(badge);
		assertThat(matcher.find()).as(badge).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private boolean readFlag(long id) {
		return this.jdbc.sql("select read_at is not null from notification_message where id = ?")
			.params(id)
			.query(Boolean.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The unit's reminder rows after one run at {@code now} and after a second. */
	private Map<String, Long> remindTwiceAt(Instant now, String refs) {
		this.clock.set(now);
		this.reminders.remindDeadlines();
		long first = count(this.jdbc, refs + "%");
		this.reminders.remindDeadlines();
		return Map.of("first", first, "second", count(this.jdbc, refs + "%"));
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long skhcn() {
		return this.organisation.findByCode("SKHCN-2025").orElseThrow().id();
	}

	private long cycleOf(long unit) {
		return this.appraiser.period(unit, Phase.SELF_ASSESSMENT).cycleId();
	}

	private long idOf(String username) {
		return userId(this.identity, username);
	}

}
