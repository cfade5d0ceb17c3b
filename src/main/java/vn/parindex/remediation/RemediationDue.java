package vn.parindex.remediation;

import java.time.LocalDate;
import java.util.List;

/**
 * Items of a unit's remediation plan fall due within a week and are not done: the unit's
 * people are to be reminded. Published once per item and due date.
 *
 * @param planId the plan
 * @param cycleId the period whose results it answers
 * @param unitId the unit
 * @param items the items due, soonest first
 */
public record RemediationDue(long planId, long cycleId, long unitId, List<DueItem> items) {

	/**
	 * An item due soon.
	 *
	 * @param itemId the item
	 * @param label its leaf's code and name, or its name
	 * @param dueDate when it is due
	 */
	public record DueItem(long itemId, String label, LocalDate dueDate) {
	}

}
