package vn.parindex.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.XlsxRow;

import static vn.parindex.organisation.UnitImport.CODE;
import static vn.parindex.organisation.UnitImport.FROM;
import static vn.parindex.organisation.UnitImport.GROUP;
import static vn.parindex.organisation.UnitImport.NAME;
import static vn.parindex.organisation.UnitImport.PREDECESSORS;
import static vn.parindex.organisation.UnitImport.PROVINCE;
import static vn.parindex.organisation.UnitImport.SHORT_NAME;
import static vn.parindex.organisation.UnitImport.TO;
import static vn.parindex.organisation.UnitImport.TYPE;

/**
 * The check of one import row. Every bad cell adds an error and none stops the check, so
 * the user fixes a file in one go.
 */
final class UnitImportRow {

	/** The same rule as {@link UnitForm#code()}. */
	private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9_\\-]+");

	/** Typed dates may drop leading zeros; 31/02 is an error, not 28/02. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final XlsxRow row;

	private final UnitImportLookups lookups;

	private final List<ImportError> errors = new ArrayList<>();

	private final String code;

	private final @Nullable UnitForm form;

	private @Nullable List<UnitImport.Link> predecessors;

	UnitImportRow(XlsxRow row, UnitImportLookups lookups) {
		this.row = row;
		this.lookups = lookups;
		this.code = row.text(CODE);
		this.form = checkUnit();
	}

	String code() {
		return this.code;
	}

	int number() {
		return this.row.number();
	}

	@Nullable LocalDate validTo() {
		return (this.form != null) ? this.form.validTo() : null;
	}

	List<ImportError> errors() {
		return this.errors;
	}

	void reject(String header, String messageKey, Object... arguments) {
		this.errors.add(this.row.error(header, messageKey, arguments));
	}

	/** The checked line; only called when no row of the file has an error. */
	UnitImport.Line line() {
		if (this.form == null || !this.errors.isEmpty()) {
			throw new IllegalStateException("row " + number() + " has errors");
		}
		UnitRow stored = this.lookups.units().get(this.code);
		return new UnitImport.Line(this.row, this.form, (stored != null) ? stored.id() : null, this.predecessors);
	}

	/**
	 * Checks the lineage cell against the units known so far.
	 * @param known codes stored or given by a row above
	 * @param endOf the last day of a known unit, null when it has none
	 */
	void checkPredecessors(Set<String> known, Function<String, @Nullable LocalDate> endOf) {
		String cell = this.row.text(PREDECESSORS);
		if (cell.isEmpty()) {
			return;
		}
		LocalDate effective = (this.form != null) ? this.form.validFrom() : null;
		if (this.form != null && effective == null) {
			reject(PREDECESSORS, "organisation.import.effective-required");
		}
		this.predecessors = new UnitImportLineage(this, this.lookups, known, endOf).links(cell, effective);
	}

	private @Nullable UnitForm checkUnit() {
		String code = text(CODE, true, 32);
		if (!code.isEmpty() && !CODE_PATTERN.matcher(code).matches()) {
			reject(CODE, "organisation.unit.code.pattern");
		}
		String name = text(NAME, true, 200);
		String shortName = text(SHORT_NAME, false, 100);
		if (shortName.isEmpty() && name.length() > 100) {
			reject(SHORT_NAME, "import.required");
		}
		UnitType type = find(TYPE, this.lookups::type, "organisation.import.type-unknown",
				UnitImportLookups.typeCodes());
		Long group = find(GROUP, (text) -> Optional.ofNullable(this.lookups.groups().get(text)),
				"organisation.import.peer-group-unknown", "");
		Long province = find(PROVINCE, (text) -> Optional.ofNullable(this.lookups.provinces().get(text)),
				"organisation.import.province-unknown", "");
		LocalDate from = date(FROM);
		LocalDate to = date(TO);
		if (from != null && to != null && to.isBefore(from)) {
			reject(TO, "organisation.unit.validity-reversed");
		}
		if (!this.errors.isEmpty()) {
			return null;
		}
		return new UnitForm(code, name, shortName.isEmpty() ? name : shortName, type, group, province, from, to, 0);
	}

	private String text(String header, boolean required, int maxLength) {
		String text = this.row.text(header);
		if (required && text.isEmpty()) {
			reject(header, "import.required");
		}
		else if (text.length() > maxLength) {
			reject(header, "organisation.import.too-long", maxLength);
		}
		return text;
	}

	/**
	 * A referenced code or word; {@code hint} tells the user what they may write instead.
	 */
	private <T> @Nullable T find(String header, Function<String, Optional<T>> lookup, String unknownKey, String hint) {
		String text = this.row.text(header);
		if (text.isEmpty()) {
			reject(header, "import.required");
			return null;
		}
		Optional<T> found = lookup.apply(text);
		if (found.isEmpty()) {
			reject(header, unknownKey, text, hint);
		}
		return found.orElse(null);
	}

	private @Nullable LocalDate date(String header) {
		String text = this.row.text(header);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			reject(header, "import.bad-date");
			return null;
		}
	}

}
