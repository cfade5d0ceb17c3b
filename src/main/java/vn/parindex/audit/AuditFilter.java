package vn.parindex.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the audit screen; every field is optional. Dates are days in the province's
 * time zone, both ends included.
 */
public record AuditFilter(@Nullable String actor, @Nullable Long unitId, @Nullable String subjectType,
		@Nullable String subjectId, @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate from,
		@DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate to) {

	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
