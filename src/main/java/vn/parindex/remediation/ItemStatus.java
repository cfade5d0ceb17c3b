package vn.parindex.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A remediation item's status as users see it. The unit sets the first three; "quá hạn"
 * follows from the clock: an item not done by its due date is overdue, with no one having
 * to mark it.
 */
public enum ItemStatus {

	/** Chưa thực hiện. */
	NOT_STARTED,
	/** Đang thực hiện. */
	IN_PROGRESS,
	/** Hoàn thành. */
	DONE,
	/** Quá hạn: past its due date and not done. */
	OVERDUE;

	/**
	 * The status shown on {@code today}: the stored one, or {@link #OVERDUE} once the due
	 * date has passed without the item being done.
	 * @param stored the status the unit set (never {@link #OVERDUE})
	 * @param dueDate the due date, null while not planned
	 * @param today the day in the province
	 */
	public static ItemStatus shown(ItemStatus stored, @Nullable LocalDate dueDate, LocalDate today) {
		if (stored != DONE && dueDate != null && dueDate.isBefore(today)) {
			return OVERDUE;
		}
		return stored;
	}

	/** The message key of its Vietnamese or English label. */
	public String messageKey() {
		return "remediation.status." + name();
	}

}
