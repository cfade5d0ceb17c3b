package vn.parindex.reporting;

import org.apache.poi.ss.usermodel.Row;

import vn.parindex.reporting.RankingXlsx.Book;
import vn.parindex.scoring.FieldResult;
import vn.parindex.scoring.ResultsSnapshot.Leaf;
import vn.parindex.scoring.ResultsSnapshot.Unit;

/**
 * The detail sheets of the ranking workbook: each unit's points per field and its final
 * points per criterion.
 */
final class RankingXlsxDetails {

	static final String[] FIELDS = { "unit-code", "unit", "field-code", "field", "points", "max", "percent" };

	static final String[] LEAVES = { "unit-code", "unit", "leaf-code", "leaf", "max", "final", "na" };

	private static final int[] FIELD_WIDTHS = { 16, 45, 10, 50, 11, 11, 11 };

	private static final int[] LEAF_WIDTHS = { 16, 45, 12, 60, 11, 11, 14 };

	private RankingXlsxDetails() {
	}

	static void fields(Book book) {
		SheetWriter sheet = book.sheet("reporting.xlsx.sheet.fields", FIELD_WIDTHS);
		sheet.header(book.styles().header, book.columns(FIELDS));
		book.eachUnit(
				(group, unit) -> unit.result().fields().forEach((field) -> field(book, sheet.row(), unit, field)));
		sheet.filter(FIELDS.length);
	}

	static void leaves(Book book) {
		SheetWriter sheet = book.sheet("reporting.xlsx.sheet.leaves", LEAF_WIDTHS);
		sheet.header(book.styles().header, book.columns(LEAVES));
		book.eachUnit((group, unit) -> unit.leaves().forEach((leaf) -> leaf(book, sheet.row(), unit, leaf)));
		sheet.filter(LEAVES.length);
	}

	private static void field(Book book, Row row, Unit unit, FieldResult field) {
		RankingXlsxStyles styles = book.styles();
		unit(styles, row, unit);
		SheetWriter.text(row, 2, field.code(), styles.text);
		SheetWriter.text(row, 3, field.name(), styles.text);
		SheetWriter.number(row, 4, field.points(), styles.points);
		SheetWriter.number(row, 5, field.max(), styles.points);
		SheetWriter.number(row, 6, field.percent(), styles.points);
	}

	private static void leaf(Book book, Row row, Unit unit, Leaf leaf) {
		RankingXlsxStyles styles = book.styles();
		unit(styles, row, unit);
		SheetWriter.text(row, 2, leaf.code(), styles.text);
		SheetWriter.text(row, 3, leaf.name(), styles.text);
		SheetWriter.number(row, 4, leaf.max(), styles.points);
		SheetWriter.number(row, 5, leaf.points(), styles.points);
		SheetWriter.text(row, 6, leaf.notApplicable() ? book.labels().get("reporting.na") : "", styles.text);
	}

	private static void unit(RankingXlsxStyles styles, Row row, Unit unit) {
		SheetWriter.text(row, 0, unit.code(), styles.text);
		SheetWriter.text(row, 1, unit.result().unitName(), styles.text);
	}

}
