package vn.parindex.remediation;

import java.sql.Date;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.scoring.ScoringTestFixtures;

/**
 * Plans and items in the states the follow-up tests need: the unit's plan drafted on
 * publication, emptied, then filled straight in the tables with the items a test
 * describes.
 */
final class FollowupTestPlans {

	private FollowupTestPlans() {
	}

	/** The unit's plan drafted when the period was published, without its items. */
	static long emptyPlan(JdbcClient jdbc, ScoringTestFixtures.Published published) {
		long planId = jdbc.sql("select id from remediation_plan where cycle_id = ? and unit_id = ?")
			.params(published.cycleId(), published.unitId())
			.query(Long.class)
			.single();
		jdbc.sql(
				"delete from remediation_evidence where item_id in (select id from remediation_item where plan_id = ?)")
			.params(planId)
			.update();
		jdbc.sql("delete from remediation_item where plan_id = ?").params(planId).update();
		return planId;
	}

	/** Adds an item at the end of the plan; a done one was completed on its due date. */
	static long item(JdbcClient jdbc, long planId, @Nullable String leafCode, String name, String status,
			@Nullable LocalDate due, @Nullable String action, @Nullable String officer) {
		Date dueDate = (due != null) ? Date.valueOf(due) : null;
		return jdbc
			.sql("""
					insert into remediation_item (plan_id, position, leaf_code, leaf_name, action, officer, due_date, status,
					                              completed_on)
					values (:plan, (select coalesce(max(position), 0) + 1 from remediation_item where plan_id = :plan),
					        :leaf, :name, :action, :officer, :due, :status, :completed)
					returning id""")
			.param("plan", planId)
			.param("leaf", leafCode)
			.param("name", name)
			.param("action", action)
			.param("officer", officer)
			.param("due", dueDate)
			.param("status", status)
			.param("completed", "DONE".equals(status) ? Date.valueOf((due != null) ? due : LocalDate.now()) : null)
			.query(Long.class)
			.single();
	}

	/** Makes the plan a draft again. */
	static void draft(JdbcClient jdbc, long planId) {
		jdbc.sql("update remediation_plan set status = 'DRAFT', submitted_at = null, submitted_by = null where id = ?")
			.params(planId)
			.update();
	}

	/** Marks the plan sent by SKHCN's leader. */
	static void submit(JdbcClient jdbc, long planId) {
		jdbc.sql(
				"update remediation_plan set status = 'SUBMITTED', submitted_at = now(), submitted_by = 'lanhdao.skhcn'"
						+ " where id = ?")
			.params(planId)
			.update();
	}

}
