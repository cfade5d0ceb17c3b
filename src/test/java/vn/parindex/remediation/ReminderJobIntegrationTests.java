package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.Recipient;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning reminder of remediation items due within a week: one notification per
 * officer and leader of the unit, none twice, none for an item due later or done, and a
 * new one when the due date moves.
 */
@IntegrationTest
class ReminderJobIntegrationTests {

	private static ScoringTestFixtures.Published shared;

	private static AppraisalFixtures fixtures;

	@Autowired
	ReminderJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	private long planId;

	private List<Recipient> unitUsers;

	private LocalDate today;

	/** The newest notification before the test: the test counts only those after it. */
	private long mark;

	@AfterAll
	static void closePeriods() {
		if (fixtures != null) {
			fixtures.closePeriods();
		}
	}

	@BeforeEach
	void plan() {
		if (shared == null) {
			fixtures = AppraisalFixtures.of(this.context);
			shared = ScoringTestFixtures.published(fixtures, this.context);
		}
		this.planId = FollowupTestPlans.emptyPlan(this.jdbc, shared);
		this.unitUsers = this.identity.recipients(List.of(Role.UNIT_OFFICER, Role.UNIT_LEADER), shared.unitId());
		assertThat(this.unitUsers).isNotEmpty();
		this.today = LocalDate.now(this.clock);
		this.mark = this.jdbc.sql("select coalesce(max(id), 0) from notification_message").query(Long.class).single();
	}

	@Test
	void anItemDueInAWeekIsRemindedOncePerUnitUser() {
		long due = item("Báo cáo quý IV đúng hạn", "NOT_STARTED", 7);
		item("Cập nhật cổng dịch vụ công", "IN_PROGRESS", 8);
		item("Hoàn thiện quy chế", "DONE", 3);
		long before = notices();
		assertThat(before).isZero();
		assertThat(this.job.remind()).isPositive();
		assertThat(notices() - before).isEqualTo(this.unitUsers.size());
		for (Recipient user : this.unitUsers) {
			List<String> bodies = bodies(user.userId());
			assertThat(bodies).hasSize(1);
			assertThat(bodies.get(0)).contains("Báo cáo quý IV đúng hạn")
				.doesNotContain("Cập nhật cổng dịch vụ công", "Hoàn thiện quy chế");
		}
		assertThat(remindedFor(due)).isEqualTo(this.today.plusDays(7));
		this.job.remind();
		assertThat(notices() - before).isEqualTo(this.unitUsers.size());
	}

	@Test
	void itemsDueLaterOrDoneOrPastAreNotReminded() {
		item("Cập nhật cổng dịch vụ công", "IN_PROGRESS", 8);
		item("Hoàn thiện quy chế", "DONE", 3);
		item("Báo cáo đã quá hạn", "NOT_STARTED", -1);
		long before = notices();
		assertThat(before).isZero();
		this.job.remind();
		assertThat(notices()).isEqualTo(before);
	}

	@Test
	void aMovedDueDateIsRemindedAgainAndTodayStillCounts() {
		long due = item("Báo cáo quý IV đúng hạn", "IN_PROGRESS", 0);
		long before = notices();
		assertThat(before).isZero();
		this.job.remind();
		assertThat(notices() - before).isEqualTo(this.unitUsers.size());
		this.jdbc.sql("update remediation_item set due_date = ? where id = ?")
			.params(java.sql.Date.valueOf(this.today.plusDays(5)), due)
			.update();
		this.job.remind();
		assertThat(notices() - before).isEqualTo(2L * this.unitUsers.size());
		this.job.remind();
		assertThat(notices() - before).isEqualTo(2L * this.unitUsers.size());
	}

	private long item(String name, String status, int days) {
		return FollowupTestPlans.item(this.jdbc, this.planId, null, name, status, this.today.plusDays(days),
				"Khắc phục " + name, null);
	}

	/** The reminders of this plan, to anyone. */
	private long notices() {
		return this.jdbc
			.sql("select count(*) from notification_message where kind = 'REMEDIATION_DUE' and link = ? and id > ?")
			.params("/remediation/plans/" + this.planId, this.mark)
			.query(Long.class)
			.single();
	}

	private List<String> bodies(long userId) {
		return this.jdbc
			.sql("select body from notification_message where kind = 'REMEDIATION_DUE' and link = ? and user_id = ?"
					+ " and id > ?")
			.params("/remediation/plans/" + this.planId, userId, this.mark)
			.query(String.class)
			.list();
	}

	private LocalDate remindedFor(long itemId) {
		return this.jdbc.sql("select reminded_for from remediation_item where id = ?")
			.params(itemId)
			.query(java.sql.Date.class)
			.single()
			.toLocalDate();
	}

}
