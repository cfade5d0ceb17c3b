package vn.parindex.remediation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.Publication;

/**
 * The Sở Nội vụ's follow-up of the remediation plans of one published period.
 *
 * @param periods the published periods that have plans, newest publication first
 * @param period the period shown, null when no period has plans
 * @param sort the order of the units
 * @param units every plan of the period, in that order
 * @param overdue the items past their due date, longest late first
 * @param today the day the figures are for
 */
public record FollowupDashboard(List<Publication> periods, @Nullable Publication period, FollowupSort sort,
		List<FollowupUnit> units, List<FollowupOverdue> overdue, LocalDate today) {

	/** Plans the units submitted. */
	public long received() {
		return this.units.stream().filter(FollowupUnit::submitted).count();
	}

	/** The units whose plan is still a draft, by name. */
	public List<FollowupUnit> missing() {
		return this.units.stream().filter((unit) -> !unit.submitted()).sorted(FollowupManagement.BY_NAME).toList();
	}

	/** The sorts offered, for the table's headers. */
	public FollowupSort[] sorts() {
		return FollowupSort.values();
	}

}
