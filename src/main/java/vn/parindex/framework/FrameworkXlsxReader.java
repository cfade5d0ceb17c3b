package vn.parindex.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static vn.parindex.framework.FrameworkXlsx.BANDS;
import static vn.parindex.framework.FrameworkXlsx.INFO;
import static vn.parindex.framework.FrameworkXlsx.VALUE;

/**
 * Reads the workbook {@link FrameworkXlsxWriter} writes. Every bad cell of every sheet is
 * collected, then the assembled framework is validated and each fault is placed on the
 * cell it concerns; the file is rejected if anything was found.
 */
final class FrameworkXlsxReader {

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, List<FrameworkXlsxLine>> sheets = new HashMap<>();

	private final Map<String, FrameworkXlsxLine> info = new HashMap<>();

	private FrameworkXlsxReader() {
	}

	static FrameworkDefinition read(InputStream in) {
		try (Workbook workbook = FrameworkXlsxSheets.open(in)) {
			return new FrameworkXlsxReader().framework(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private FrameworkDefinition framework(Workbook workbook) {
		FrameworkXlsx.SHEETS
			.forEach((name) -> this.sheets.put(name, FrameworkXlsxSheets.lines(workbook, name, this.errors)));
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors);
		}
		for (FrameworkXlsxLine line : this.sheets.get(INFO)) {
			String label = line.text(FrameworkXlsx.LABEL);
			FrameworkXlsx.INFO_LABELS.stream()
				.filter((known) -> known.equalsIgnoreCase(label))
				.forEach((known) -> this.info.put(known, line));
		}
		FrameworkHeader header = header();
		FrameworkSettings settings = settings();
		List<Band> bands = bands();
		FrameworkXlsxNodes nodes = new FrameworkXlsxNodes(this.errors);
		FrameworkDefinition definition = new FrameworkDefinition(header, settings, bands,
				nodes.read(this.sheets.get(FrameworkXlsx.NODES), this.sheets.get(FrameworkXlsx.TIERS),
						this.sheets.get(FrameworkXlsx.EVENTS)));
		new FrameworkXlsxIssues(this.errors, nodes, this.info, this.sheets.get(BANDS))
			.add(FrameworkValidation.check(definition));
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors.stream()
				.sorted(Comparator.comparingInt(FrameworkXlsxReader::sheetIndex).thenComparingInt(ImportError::row))
				.toList());
		}
		return definition;
	}

	private static int sheetIndex(ImportError error) {
		int bang = error.cell().indexOf('!');
		return (bang < 0) ? -1 : FrameworkXlsx.SHEETS.indexOf(error.cell().substring(0, bang));
	}

	private @Nullable FrameworkXlsxLine info(String label, boolean required) {
		FrameworkXlsxLine line = this.info.get(label);
		if (line == null && required) {
			this.errors.add(new ImportError(1, INFO + "!A1", "framework.xlsx.info-missing", label));
		}
		return line;
	}

	private @Nullable String text(String label, boolean required) {
		FrameworkXlsxLine line = info(label, required);
		return (line == null) ? null : required ? line.required(VALUE, 500) : line.text(VALUE, 500);
	}

	private @Nullable BigDecimal number(String label, boolean required) {
		FrameworkXlsxLine line = info(label, required);
		return (line == null) ? null : required ? line.requiredDecimal(VALUE) : line.decimal(VALUE);
	}

	private boolean yesNo(String label, boolean fallback) {
		FrameworkXlsxLine line = info(label, false);
		return (line != null) ? line.yesNo(VALUE, fallback) : fallback;
	}

	private FrameworkHeader header() {
		BigDecimal year = number(FrameworkXlsx.YEAR, true);
		boolean valid = year != null && year.scale() == 0 && year.intValue() >= 2000 && year.intValue() <= 2100;
		if (year != null && !valid) {
			this.info.get(FrameworkXlsx.YEAR).error(VALUE, "framework.import.year-missing");
		}
		FrameworkXlsxLine typesLine = info(FrameworkXlsx.UNIT_TYPES, true);
		List<UnitType> types = (typesLine != null) ? typesLine.unitTypes(VALUE) : List.of();
		if (typesLine != null && types.isEmpty() && !typesLine.failed(VALUE)) {
			typesLine.error(VALUE, "framework.import.unit-types-missing");
		}
		String name = text(FrameworkXlsx.NAME, true);
		return new FrameworkHeader(valid ? year.intValue() : 0, types, (name != null) ? name : "",
				text(FrameworkXlsx.NAME_EN, false), yesNo(FrameworkXlsx.ILLUSTRATIVE, false));
	}

	private FrameworkSettings settings() {
		FrameworkSettings standard = FrameworkSettings.standard();
		BigDecimal scale = number(FrameworkXlsx.SCALE, true);
		BigDecimal bonusCap = number(FrameworkXlsx.BONUS_CAP, false);
		BigDecimal penaltyCap = number(FrameworkXlsx.PENALTY_CAP, false);
		FrameworkXlsxLine stageLine = info(FrameworkXlsx.STAGE, false);
		BonusStage stage = (stageLine != null)
				? stageLine.code(VALUE, (text) -> BonusStage.valueOf(text.toUpperCase(Locale.ROOT))) : null;
		FrameworkXlsxLine decimalsLine = info(FrameworkXlsx.DECIMALS, false);
		BigDecimal decimals = (decimalsLine != null) ? decimalsLine.decimal(VALUE) : null;
		if (decimals != null && (decimals.scale() > 0 || decimals.signum() < 0 || decimals.intValue() > 4)) {
			decimalsLine.error(VALUE, "framework.import.value-unknown", decimals.toPlainString());
			decimals = null;
		}
		FrameworkXlsxLine tieBreak = info(FrameworkXlsx.TIE_BREAK, false);
		return new FrameworkSettings((scale != null) ? scale : standard.scaleMax(),
				number(FrameworkXlsx.SELF_TOTAL, false), number(FrameworkXlsx.SURVEY_TOTAL, false),
				(bonusCap != null) ? bonusCap : BigDecimal.ZERO, (penaltyCap != null) ? penaltyCap : BigDecimal.ZERO,
				(stage != null) ? stage : standard.bonusStage(), yesNo(FrameworkXlsx.CAP_AT_SCALE, true),
				(decimals != null) ? decimals.intValue() : standard.decimals(),
				(tieBreak != null) ? tieBreak.list(VALUE) : standard.tieBreak());
	}

	private List<Band> bands() {
		List<Band> bands = new ArrayList<>();
		for (FrameworkXlsxLine line : this.sheets.get(BANDS)) {
			String code = line.required(FrameworkXlsx.CODE, 32);
			String label = line.required(FrameworkXlsx.NAME, 100);
			String english = line.text(FrameworkXlsx.NAME_EN, 100);
			BigDecimal lower = line.requiredDecimal(FrameworkXlsx.LOWER);
			boolean inclusive = line.yesNo(FrameworkXlsx.FROM_INCLUSIVE, true);
			if (code != null && label != null && lower != null) {
				bands.add(new Band(code, label, (english != null) ? english : label, lower, inclusive));
			}
		}
		return bands;
	}

}
