package vn.parindex.appraisal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.TestRun;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.EvidenceManagement;
import vn.parindex.assessment.SubmissionManagement;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleDraft;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.PhaseWindow;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.UserFilter;
import vn.parindex.identity.UserForm;
import vn.parindex.identity.UserRow;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.PeerGroupView;
import vn.parindex.shared.Formats;
import vn.parindex.shared.Role;

/**
 * Appraisals in the states tests need, built through the facades as the demo users, each
 * in a fresh period of its own: approving works per period and needs every submitted unit
 * of it to be ready, and an approved unit never becomes a draft again, so these tests
 * keep away from the demo's 2025 period.
 * <p>
 * Build it from the test's application context with {@link #of(ApplicationContext)}. The
 * usual start is {@link #submittedPeriod()}: a new period with the demo appraiser on
 * every department field and SKHCN's assessment submitted by a leader created for the
 * run.
 */
public final class AppraisalFixtures {

	/** The department peer group, appraised in the tests. */
	public static final String GROUP = "SO_NGANH";

	/** The department whose assessment the tests submit in their own periods. */
	public static final String UNIT = "SKHCN-2025";

	/** SKHCN's demo officer. */
	public static final String OFFICER = "canbo.skhcn";

	/** The demo appraiser. */
	public static final String APPRAISER = "thamdinh.snv";

	/** The demo council chair. */
	public static final String CHAIR = "chutich.hd";

	/** The unit the second appraiser belongs to (an appraiser must belong to a unit). */
	private static final String APPRAISER_UNIT = "SNV-2025";

	private static final AtomicInteger PERIODS = new AtomicInteger();

	private static final LocalTime MORNING = LocalTime.of(7, 0);

	private static final LocalTime EVENING = LocalTime.of(17, 0);

	private final ApplicationContext context;

	private final UserDetailsService users;

	private final List<Long> opened = new ArrayList<>();

	private AppraisalFixtures(ApplicationContext context) {
		this.context = context;
		this.users = context.getBean(UserDetailsService.class);
	}

	/** The fixtures over the beans of the test's context. */
	public static AppraisalFixtures of(ApplicationContext context) {
		return new AppraisalFixtures(context);
	}

	/**
	 * A new open 2025 period with the demo appraiser on every department field and
	 * SKHCN's assessment submitted.
	 */
	public Submitted submittedPeriod() {
		long cycleId = openPeriod();
		assignAll(cycleId, APPRAISER);
		return new Submitted(cycleId, submit(cycleId));
	}

	/**
	 * Creates and opens a new 2025 period as admin, named with the run's code, with the
	 * demo 2025 period's frameworks and a calendar around today where every phase ends in
	 * the future: self-assessment from 5 days ago to 5 days ahead, then appraisal 1
	 * (+6..+10), explanation (+11..+15), appraisal 2 (+16..+20), council approval
	 * (+21..+25) and publication (+26..+30), each from 07:00 to 17:00 Vietnam time.
	 * @return the period's id
	 */
	public long openPeriod() {
		return openPeriod(2025);
	}

	/**
	 * As {@link #openPeriod()} for another year: the demo's 2025 frameworks are copied
	 * into that year first.
	 */
	public long openPeriod(int year) {
		CycleManagement cycles = bean(CycleManagement.class);
		FrameworkManagement copies = bean(FrameworkManagement.class);
		return Actors.as(this.users, "admin", () -> {
			Map<Long, Long> frameworks = new java.util.LinkedHashMap<>(cycles.view(demoPeriod()).selectedFrameworks());
			if (year != 2025) {
				frameworks.replaceAll((group, framework) -> copies.copy(framework, year));
			}
			String name = "Kỳ thẩm định thử nghiệm " + TestRun.code("P") + "-" + PERIODS.incrementAndGet();
			long id = cycles.create(new CycleDraft(year, name, frameworks, calendar()));
			cycles.open(id);
			this.opened.add(id);
			return id;
		});
	}

	/**
	 * Closes every period these fixtures opened and a test did not close, so they stop
	 * counting for reminders and countdowns; call it after each test.
	 */
	public void closePeriods() {
		CycleManagement cycles = bean(CycleManagement.class);
		Actors.run(this.users, "admin",
				() -> this.opened.stream()
					.filter((id) -> cycles.view(id).status() == vn.parindex.framework.cycle.CycleStatus.OPEN)
					.forEach(cycles::close));
		this.opened.clear();
	}

	/** The demo's open 2025 period, whose frameworks the new periods use. */
	public long demoPeriod() {
		return AssessmentFixtures.openPeriod(this.users, bean(CycleManagement.class));
	}

	/** Assigns the appraiser to every field of the department framework in the period. */
	public void assignAll(long cycleId, String appraiser) {
		areas(cycleId).forEach((area) -> assign(cycleId, area, appraiser));
	}

	/** Assigns the appraiser to one field of the department framework in the period. */
	public void assign(long cycleId, String area, String appraiser) {
		long userId = userId(appraiser);
		Actors.run(this.users, "admin",
				() -> bean(AssignmentManagement.class).assign(cycleId, departments(), area, userId));
	}

	/** The codes of the department framework's fields in the period, in order. */
	public List<String> areas(long cycleId) {
		long frameworkId = Actors.as(this.users, "admin",
				() -> bean(CycleManagement.class).view(cycleId).selectedFrameworks().get(departments()));
		return bean(FrameworkManagement.class).definition(frameworkId)
			.children(null)
			.stream()
			.map(NodeDefinition::code)
			.toList();
	}

	/** The department peer group's id. */
	public long departments() {
		return bean(OrganisationManagement.class).peerGroups()
			.stream()
			.filter((group) -> group.code().equals(GROUP))
			.map(PeerGroupView::id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Brings SKHCN's assessment of the period to SUBMITTED: the officer fills every
	 * required leaf at full marks with evidence, the run's leader of SKHCN submits.
	 * @return the assessment's id
	 */
	public long submit(long cycleId) {
		AssessmentManagement assessments = bean(AssessmentManagement.class);
		long id = AssessmentFixtures.assessmentOf(this.users, OFFICER, assessments, cycleId);
		AssessmentFixtures.fillAll(this.users, OFFICER, assessments, bean(EvidenceManagement.class), id, Set.of());
		String leader = leader();
		Actors.run(this.users, leader,
				() -> bean(SubmissionManagement.class).submit(id, assessments.workspace(id).header().version()));
		return id;
	}

	/**
	 * The run's leader of SKHCN, created on first use (the demo leader is left to other
	 * tests).
	 */
	public synchronized String leader() {
		return user("lanhdao.tdinh" + TestRun.SUFFIX.toLowerCase(Locale.ROOT), Role.UNIT_LEADER, UNIT);
	}

	/** A second appraiser of the run, created on first use. */
	public synchronized String secondAppraiser() {
		return user("thamdinh.hai" + TestRun.SUFFIX.toLowerCase(Locale.ROOT), Role.APPRAISER, APPRAISER_UNIT);
	}

	/**
	 * Round 1 on every leaf of the field not yet appraised in it, as the appraiser:
	 * accepting the self-score unless {@code forms} says otherwise.
	 */
	public void appraiseArea(long id, String area, String appraiser, Map<String, ScoreForm> forms) {
		AppraisalManagement appraisals = bean(AppraisalManagement.class);
		Actors.run(this.users, appraiser, () -> {
			for (AppraisalSheet.Leaf leaf : appraisals.sheet(id, area).leaves()) {
				ScoreRow row = leaf.score();
				if (!row.round1Done()) {
					appraisals.score(id, row.nodeCode(), forms.getOrDefault(row.nodeCode(), accept(row)),
							row.version());
				}
			}
		});
	}

	/**
	 * Round 1 on every leaf of every field, then each field marked done in order, which
	 * closes round 1.
	 */
	public void appraiseAll(long id, String appraiser, Map<String, ScoreForm> forms) {
		for (String area : appraisedAreas(id, appraiser)) {
			appraiseArea(id, area, appraiser, forms);
		}
		for (String area : appraisedAreas(id, appraiser)) {
			Actors.run(this.users, appraiser, () -> bean(AppraisalManagement.class).markDone(id, area));
		}
	}

	/** The fields of the unit that have leaves to appraise, as the sheet lists them. */
	public List<String> appraisedAreas(long id, String appraiser) {
		return Actors.as(this.users, appraiser, () -> bean(AppraisalManagement.class).sheet(id, null))
			.areas()
			.stream()
			.map(AppraisalSheet.Area::code)
			.toList();
	}

	/**
	 * Accepts the unit's self-score (or its N/A claim); a leaf the unit left unscored
	 * gets 0 with a comment.
	 */
	public static ScoreForm accept(ScoreRow row) {
		if (row.selfNa()) {
			return new ScoreForm(null, false, null, false);
		}
		if (row.selfPoints() == null) {
			return new ScoreForm(BigDecimal.ZERO, false, "Đơn vị không tự chấm", false);
		}
		return new ScoreForm(row.selfPoints(), false, null, false);
	}

	/** The user's id, looked up as admin. */
	public long userId(String username) {
		return Actors
			.as(this.users, "admin",
					() -> bean(IdentityManagement.class).find(new UserFilter(null, null, null, username)))
			.stream()
			.filter((user) -> user.username().equals(username))
			.map(UserRow::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no user " + username));
	}

	/** A small PDF whose bytes differ with the title, so it is a new file every time. */
	public static byte[] pdf(String title) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(title);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String user(String username, Role role, String unitCode) {
		IdentityManagement identity = bean(IdentityManagement.class);
		boolean exists = Actors.as(this.users, "admin", () -> identity.find(new UserFilter(null, null, null, username)))
			.stream()
			.anyMatch((user) -> user.username().equals(username));
		if (!exists) {
			long unitId = bean(OrganisationManagement.class).findByCode(unitCode).orElseThrow().id();
			Actors.run(this.users, "admin", () -> identity.create(new UserForm(username,
					"Người dùng thử nghiệm thẩm định", null, role, unitId, "Mat-khau-thu-2026")));
		}
		return username;
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	private static Map<Phase, PhaseWindow> calendar() {
		LocalDate today = LocalDate.ofInstant(Instant.now(), Formats.ZONE);
		Map<Phase, PhaseWindow> phases = new EnumMap<>(Phase.class);
		phases.put(Phase.SELF_ASSESSMENT, window(today.minusDays(5), today.plusDays(5)));
		phases.put(Phase.APPRAISAL_1, window(today.plusDays(6), today.plusDays(10)));
		phases.put(Phase.EXPLANATION, window(today.plusDays(11), today.plusDays(15)));
		phases.put(Phase.APPRAISAL_2, window(today.plusDays(16), today.plusDays(20)));
		phases.put(Phase.COUNCIL_APPROVAL, window(today.plusDays(21), today.plusDays(25)));
		phases.put(Phase.PUBLICATION, window(today.plusDays(26), today.plusDays(30)));
		return phases;
	}

	/** From {@code first} at 07:00 to {@code last} at 17:00, Vietnam time. */
	private static PhaseWindow window(LocalDate first, LocalDate last) {
		return new PhaseWindow(LocalDateTime.of(first, MORNING).atZone(Formats.ZONE).toInstant(),
				LocalDateTime.of(last, EVENING).atZone(Formats.ZONE).toInstant());
	}

	/**
	 * A period with SKHCN's assessment submitted in it.
	 *
	 * @param cycleId the period
	 * @param assessmentId SKHCN's assessment
	 */
	public record Submitted(long cycleId, long assessmentId) {
	}

}
