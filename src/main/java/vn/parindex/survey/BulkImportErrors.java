package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The errors of a bulk response file, gathered in a temporary table by set-based checks
 * ({@link BulkImportSql}) and listed by line and column, the first
 * {@value BulkResponseImport#LISTED} of them.
 */
final class BulkImportErrors {

	private final JdbcClient jdbc;

	private final BulkCsvHeader header;

	BulkImportErrors(JdbcClient jdbc, BulkCsvHeader header) {
		this.jdbc = jdbc;
		this.header = header;
	}

	/**
	 * Checks every row, and refuses the file with its errors if any. Answers given twice
	 * are looked for here only when something else is wrong or a weighted question is
	 * concerned; otherwise the insert finds them ({@link #duplicates()}).
	 */
	void check() {
		this.jdbc.sql(BulkImportSql.ERRORS).update();
		this.jdbc.sql(BulkImportSql.CELL_ERRORS).update();
		this.jdbc.sql(BulkImportSql.RESPONSES).update();
		this.jdbc.sql("analyze survey_import_response").update();
		this.jdbc.sql(BulkImportSql.MIXED_ERRORS).update();
		if (count() > 0 || this.jdbc.sql(BulkImportSql.ANY_WEIGHTED_DUPLICATE).query(Boolean.class).single()) {
			throw duplicates();
		}
	}

	/** The refusal listing every answer given twice with the other errors found. */
	ImportRejectedException duplicates() {
		this.jdbc.sql(BulkImportSql.DUPLICATE_ERRORS).update();
		return rejected(count());
	}

	private long count() {
		return this.jdbc.sql(BulkImportSql.ERROR_COUNT).query(Long.class).single();
	}

	private ImportRejectedException rejected(long total) {
		List<ImportError> errors = new ArrayList<>(this.jdbc.sql(BulkImportSql.FIRST_ERRORS)
			.param("columns", String.join(",", this.header.columns()))
			.param("limit", BulkResponseImport.LISTED)
			.query((rs, row) -> new ImportError(rs.getInt("line"),
					this.header.cell(rs.getString("col"), rs.getLong("line")), rs.getString("message"),
					arguments(rs.getString("arg1"), rs.getString("arg2"))))
			.list());
		if (total > BulkResponseImport.LISTED) {
			errors.add(new ImportError(0, "…", "survey.bulk.more-errors", total - BulkResponseImport.LISTED));
		}
		return new ImportRejectedException(errors, (int) Math.min(total, Integer.MAX_VALUE));
	}

	private static Object[] arguments(@Nullable String first, @Nullable String second) {
		return (second != null) ? new Object[] { first, second } : new Object[] { (first != null) ? first : "" };
	}

}
