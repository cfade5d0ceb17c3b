package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A province as listed.
 */
public record ProvinceView(long id, String code, String name, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo) {
}
