package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A plan line as the audit records it before and after a change.
 *
 * @param id the line
 * @param position its number in the plan
 * @param leafCode the lost leaf, null for a line the unit added
 * @param leafName what it is about
 * @param pointsLost the points lost
 * @param cause the cause
 * @param action the action
 * @param subUnitId the phòng in charge
 * @param officer the officer in charge
 * @param dueDate the due date
 * @param status the status the unit set
 * @param completedOn when it was done
 * @param evidenceNote the evidence note
 */
public record ItemSnapshot(long id, int position, @Nullable String leafCode, String leafName,
		@Nullable BigDecimal pointsLost, @Nullable String cause, @Nullable String action, @Nullable Long subUnitId,
		@Nullable String officer, @Nullable LocalDate dueDate, ItemStatus status, @Nullable LocalDate completedOn,
		@Nullable String evidenceNote) {
}
