package vn.parindex.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An earlier year's remediation item of a leaf, as the self-assessment shows it.
 *
 * @param leafCode the leaf it answers
 * @param year the year whose results it answers
 * @param action what the unit planned to do, null while not written
 * @param dueDate its due date, null while not planned
 * @param statusKey the message key of its status as shown today (done, overdue…)
 * @param planId the plan, to link to
 */
public record PriorItem(String leafCode, int year, @Nullable String action, @Nullable LocalDate dueDate,
		String statusKey, long planId) {
}
