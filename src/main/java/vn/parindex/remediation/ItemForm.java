package vn.parindex.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * What a unit types into one line of its plan.
 *
 * @param version the line's version when the form was loaded
 * @param leafName what the line is about; only read for a line the unit added itself
 * @param cause why the points were lost
 * @param action what the unit will do
 * @param subUnitId the phòng in charge, if any
 * @param officer the officer in charge, if any
 * @param dueDate by when
 */
public record ItemForm(long version, @Nullable String leafName, @Nullable String cause, @Nullable String action,
		@Nullable Long subUnitId, @Nullable String officer, @Nullable LocalDate dueDate) {

	/** The text trimmed, null when blank; refused when longer than {@code max}. */
	static @Nullable String text(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new BusinessRuleException("remediation.plan.item.too-long", Integer.toString(max));
		}
		return value;
	}

}
