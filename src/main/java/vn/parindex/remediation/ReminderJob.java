package vn.parindex.remediation;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, tells each plan's unit of its items not done that fall due within a week
 * (due today up to 7 days ahead): one {@link RemediationDue} per plan. An item is
 * reminded once per due date, so a second run sends nothing and a changed due date is
 * reminded again.
 */
@Component
class ReminderJob {

	/** How many days ahead an item is reminded. */
	static final int DAYS_AHEAD = 7;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReminderJob(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders due today; the number of plans reminded. */
	@Scheduled(cron = "${parindex.remediation.reminder-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<DueRow>> byPlan = new LinkedHashMap<>();
		for (DueRow row : due(today)) {
			byPlan.computeIfAbsent(row.planId(), (id) -> new ArrayList<>()).add(row);
		}
		if (byPlan.isEmpty()) {
			return 0;
		}
		for (List<DueRow> rows : byPlan.values()) {
			DueRow first = rows.get(0);
			this.events.publishEvent(new RemediationDue(first.planId(), first.cycleId(), first.unitId(),
					rows.stream().map(DueRow::item).toList()));
		}
		this.jdbc.sql("update remediation_item set reminded_for = due_date where id in (:ids)")
			.param("ids", byPlan.values().stream().flatMap(List::stream).map(DueRow::itemId).toList())
			.update();
		return byPlan.size();
	}

	private List<DueRow> due(LocalDate today) {
		return this.jdbc.sql("""
				select i.id, i.plan_id, p.cycle_id, p.unit_id, i.leaf_code, i.leaf_name, i.due_date
				from remediation_item i join remediation_plan p on p.id = i.plan_id
				where i.status <> 'DONE' and i.due_date between :today and :until
				  and i.reminded_for is distinct from i.due_date
				order by i.plan_id, i.due_date, i.position
				for update of i""")
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(today.plusDays(DAYS_AHEAD)))
			.query((rs, n) -> new DueRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("cycle_id"),
					rs.getLong("unit_id"), rs.getString("leaf_code"), rs.getString("leaf_name"),
					rs.getDate("due_date").toLocalDate()))
			.list();
	}

	/** An item due soon with its plan. */
	record DueRow(long itemId, long planId, long cycleId, long unitId, @Nullable String leafCode, String leafName,
			LocalDate dueDate) {

		RemediationDue.DueItem item() {
			String label = (this.leafCode != null) ? this.leafCode + " " + this.leafName : this.leafName;
			return new RemediationDue.DueItem(this.itemId, label, this.dueDate);
		}

	}

}
