package vn.parindex.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.scoring.Change;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ResultsSnapshot.Group;
import vn.parindex.scoring.ResultsSnapshot.Unit;
import vn.parindex.scoring.UnitResult;
import vn.parindex.shared.Formats;

/**
 * The ranking workbook of a publication: the ranking per peer group, the result per unit
 * and field, and the final points per unit and criterion; every sheet opens with the
 * period, the decision, the publication's number and its SHA-256. Written streaming
 * (SXSSF), so a province of many communes stays light.
 */
@Component
class RankingXlsx {

	static final String[] RANKING = { "group", "rank", "unit-code", "unit", "points", "max", "percent", "band",
			"change-points", "change-rank", "comparability" };

	private static final int[] RANKING_WIDTHS = { 28, 8, 16, 45, 11, 11, 11, 16, 12, 12, 24 };

	private final MessageSource messages;

	RankingXlsx(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(PublishedResults results, Locale locale) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Book book = new Book(workbook, new RankingXlsxStyles(workbook), new Labels(this.messages, locale), results);
			ranking(book);
			RankingXlsxDetails.fields(book);
			RankingXlsxDetails.leaves(book);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void ranking(Book book) {
		SheetWriter sheet = book.sheet("reporting.xlsx.sheet.ranking", RANKING_WIDTHS);
		sheet.header(book.styles().header, book.columns(RANKING));
		book.eachUnit((group, unit) -> ranked(book, sheet.row(), group, unit));
		sheet.filter(RANKING.length);
	}

	private static void ranked(Book book, Row row, Group group, Unit unit) {
		RankingXlsxStyles styles = book.styles();
		UnitResult result = unit.result();
		Change change = result.change();
		SheetWriter.text(row, 0, group.name(), styles.text);
		SheetWriter.number(row, 1, result.rank(), styles.rank);
		SheetWriter.text(row, 2, unit.code(), styles.text);
		SheetWriter.text(row, 3, result.unitName(), styles.text);
		SheetWriter.number(row, 4, result.points(), styles.points);
		SheetWriter.number(row, 5, result.applicableMax(), styles.points);
		SheetWriter.number(row, 6, result.percent(), styles.points);
		SheetWriter.text(row, 7, book.labels().band(result.band()), styles.text);
		SheetWriter.number(row, 8, change.points(), styles.change);
		SheetWriter.number(row, 9, change.places(), styles.places);
		SheetWriter.text(row, 10, book.labels().change(change.kind()), styles.text);
	}

	/**
	 * One workbook being written.
	 *
	 * @param workbook the workbook
	 * @param styles its styles
	 * @param labels the messages in the requested language
	 * @param results the publication
	 */
	record Book(SXSSFWorkbook workbook, RankingXlsxStyles styles, Labels labels, PublishedResults results) {

		/** A new sheet, opening with the publication's header block. */
		SheetWriter sheet(String nameKey, int[] widths) {
			SheetWriter sheet = new SheetWriter(this.workbook.createSheet(this.labels.get(nameKey)), widths);
			heading(sheet, widths.length);
			return sheet;
		}

		String[] columns(String[] keys) {
			String[] labels = new String[keys.length];
			for (int c = 0; c < keys.length; c++) {
				labels[c] = this.labels.get("reporting.col." + keys[c]);
			}
			return labels;
		}

		void eachUnit(BiConsumer<Group, Unit> action) {
			this.results.snapshot()
				.groups()
				.forEach((group) -> group.units().forEach((unit) -> action.accept(group, unit)));
		}

		private void heading(SheetWriter sheet, int columns) {
			Publication publication = this.results.publication();
			ResultsSnapshot snapshot = this.results.snapshot();
			Row title = sheet.row();
			SheetWriter.text(title, 0, this.labels.get("reporting.title", String.valueOf(publication.year())),
					this.styles.title);
			sheet.merge(title, columns);
			fact(sheet, "period", snapshot.cycleName());
			fact(sheet, "decision", snapshot.decision().number());
			fact(sheet, "decision-date", Formats.date(snapshot.decision().date()));
			fact(sheet, "signer", snapshot.decision().signer());
			fact(sheet, "seq", String.valueOf(publication.seq()));
			fact(sheet, "correction", snapshot.correctionReason());
			fact(sheet, "published", Formats.dateTime(publication.publishedAt()));
			fact(sheet, "sha256", publication.sha256());
			sheet.skip();
		}

		private void fact(SheetWriter sheet, String key, @Nullable String value) {
			if (value == null) {
				return;
			}
			Row row = sheet.row();
			SheetWriter.text(row, 0, this.labels.get("reporting.fact." + key), this.styles.label);
			SheetWriter.text(row, 1, value, null);
		}

	}

}
