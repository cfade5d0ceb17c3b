package vn.parindex.notification;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.IntegrationTest;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.Recipient;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.remediation.PlanReturned;
import vn.parindex.remediation.PlanSubmitted;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remediation plan sent reaches every ADMIN; a plan returned reaches the unit's
 * officers and leaders with what to change; both lead to the plan, once per occasion.
 */
@IntegrationTest
class RemediationNotificationsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void aSentPlanReachesTheAdminsAndAReturnedOneTheUnit() {
		long planId = NotificationFixtures.nextAssessmentId();
		long unitId = this.organisation.findByCode("SKHCN-2025").orElseThrow().id();
		Instant at = Instant.now();
		PlanSubmitted submitted = new PlanSubmitted(planId, 0, unitId, "lanhdao.skhcn", at);
		this.events.publishEvent(submitted);
		this.events.publishEvent(submitted);
		List<Recipient> admins = this.identity.recipients(List.of(Role.ADMIN), null);
		assertThat(rows("PLAN_SUBMITTED", planId)).containsExactlyInAnyOrderElementsOf(ids(admins));
		NotificationFixtures.Row row = NotificationFixtures
			.row(this.jdbc, admins.get(0).userId(), "plan-submitted:" + planId + ":" + at.toEpochMilli())
			.orElseThrow();
		assertThat(row.title()).isEqualTo("Sở Khoa học và Công nghệ đã gửi kế hoạch khắc phục");
		assertThat(row.body()).contains("lanhdao.skhcn");

		this.events.publishEvent(new PlanReturned(planId, 0, unitId, "admin", "Bổ sung thời hạn mục 1.1.2", at));
		List<Recipient> unit = this.identity.recipients(List.of(Role.UNIT_OFFICER, Role.UNIT_LEADER), unitId);
		assertThat(rows("PLAN_RETURNED", planId)).containsExactlyInAnyOrderElementsOf(ids(unit));
		assertThat(NotificationFixtures
			.row(this.jdbc, unit.get(0).userId(), "plan-returned:" + planId + ":" + at.toEpochMilli())
			.orElseThrow()
			.body()).contains("Bổ sung thời hạn mục 1.1.2");
	}

	private List<Long> rows(String kind, long planId) {
		return this.jdbc.sql("select user_id from notification_message where kind = ? and link = ?")
			.params(kind, "/remediation/plans/" + planId)
			.query(Long.class)
			.list();
	}

	private static List<Long> ids(List<Recipient> recipients) {
		return recipients.stream().map(Recipient::userId).toList();
	}

}
