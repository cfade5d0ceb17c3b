package vn.parindex.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An item past its due date and not done, as the follow-up dashboard lists it.
 *
 * @param planId its plan
 * @param itemId the item
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param leafCode the framework leaf, null for an item the unit added
 * @param leafName what it is about
 * @param dueDate its due date
 * @param daysLate days since the due date
 * @param responsible the responsible sub-unit and officer, empty when not given
 */
public record FollowupOverdue(long planId, long itemId, String unitCode, String unitName, @Nullable String leafCode,
		String leafName, LocalDate dueDate, long daysLate, String responsible) {

	/** The leaf's code and name, or the name alone. */
	public String label() {
		return (this.leafCode != null) ? this.leafCode + " " + this.leafName : this.leafName;
	}

}
