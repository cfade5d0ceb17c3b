package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.PriorItem;
import vn.parindex.assessment.PriorRemediation;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.Publication;

/**
 * Last year's remediation items for the next self-assessment: the items of the unit's
 * most recent plan answering a published period of an earlier year, by leaf code, with
 * their status as shown today. Items the unit added itself (no leaf) are left out.
 */
@Component
@Transactional(readOnly = true)
class PriorRemediationItems implements PriorRemediation {

	private final JdbcClient jdbc;

	private final PublicResults results;

	private final Clock clock;

	PriorRemediationItems(JdbcClient jdbc, PublicResults results, Clock clock) {
		this.jdbc = jdbc;
		this.results = results;
		this.clock = clock;
	}

	@Override
	public Map<String, PriorItem> forUnit(long unitId, int year) {
		Map<Long, Integer> years = this.results.current()
			.stream()
			.filter((publication) -> publication.year() < year)
			.collect(Collectors.toMap(Publication::cycleId, Publication::year, (a, b) -> a));
		if (years.isEmpty()) {
			return Map.of();
		}
		// Newest first, so among plans of the same (latest) year the newest wins.
		return this.jdbc
			.sql("select id, cycle_id from remediation_plan where unit_id = :unit and cycle_id in (:cycles)"
					+ " order by id desc")
			.param("unit", unitId)
			.param("cycles", List.copyOf(years.keySet()))
			.query((rs, n) -> new PlanYear(rs.getLong("id"), years.get(rs.getLong("cycle_id"))))
			.list()
			.stream()
			.reduce((newer, older) -> (older.year() > newer.year()) ? older : newer)
			.map((plan) -> items(plan.planId(), plan.year()))
			.orElse(Map.of());
	}

	private Map<String, PriorItem> items(long planId, int year) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, PriorItem> items = new LinkedHashMap<>();
		this.jdbc.sql("""
				select leaf_code, action, due_date, status from remediation_item
				where plan_id = :plan and leaf_code is not null order by position""")
			.param("plan", planId)
			.query((rs, n) -> {
				LocalDate due = (rs.getDate("due_date") != null) ? rs.getDate("due_date").toLocalDate() : null;
				ItemStatus shown = ItemStatus.shown(ItemStatus.valueOf(rs.getString("status")), due, today);
				return new PriorItem(rs.getString("leaf_code"), year, rs.getString("action"), due, shown.messageKey(),
						planId);
			})
			.list()
			.forEach((item) -> items.put(item.leafCode(), item));
		return items;
	}

	/** A plan of the unit and the year whose results it answers. */
	private record PlanYear(long planId, int year) {
	}

}
