package vn.parindex.framework;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A row of a form table; rows left blank, and rows removed in the browser (gaps in the
 * indexes), are ignored.
 */
interface FormRow {

	boolean isBlank();

	static <T extends FormRow> List<T> present(@Nullable List<T> rows) {
		return (rows != null) ? rows.stream().filter(Objects::nonNull).filter((row) -> !row.isBlank()).toList()
				: List.of();
	}

}
