package vn.parindex.organisation;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * Reads a sheet of units and checks every row against the database and the rows above it,
 * so that the facade applies a file whole or not at all.
 */
@Component
class UnitImport {

	static final String CODE = "Mã đơn vị";

	static final String NAME = "Tên đầy đủ";

	static final String SHORT_NAME = "Tên viết tắt";

	static final String TYPE = "Loại đơn vị";

	static final String GROUP = "Mã nhóm xếp hạng";

	static final String PROVINCE = "Mã tỉnh";

	static final String FROM = "Hiệu lực từ";

	static final String TO = "Hiệu lực đến";

	static final String PREDECESSORS = "Kế thừa từ";

	static final List<String> HEADERS = List.of(CODE, NAME, SHORT_NAME, TYPE, GROUP, PROVINCE, FROM, TO, PREDECESSORS);

	/** One new department and one commune taking over a former district's area. */
	static final List<List<String>> EXAMPLES = List.of(
			List.of("BQLDA-2025", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA", "DEPARTMENT", "SO_NGANH", "DT",
					"01/07/2025", "", ""),
			List.of("X_VI_DU", "Xã Ví Dụ", "X. Ví Dụ", "UBND xã", "XA_PHUONG", "DT", "01/07/2025", "",
					"H_CHAU_THANH:AREA_TAKEN_OVER_BY;H_LAI_VUNG"));

	private final OrgUnitQueries queries;

	private final MessageSource messages;

	UnitImport(OrgUnitQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/**
	 * The checked lines of a sheet, in file order; a sheet with any bad cell is rejected
	 * with every error.
	 */
	List<Line> plan(InputStream in) {
		List<XlsxRow> rows = XlsxSheet.read(in, HEADERS);
		if (rows.isEmpty()) {
			throw new ImportRejectedException(List.of(new ImportError(2, "A2", "organisation.import.empty")));
		}
		UnitImportLookups lookups = UnitImportLookups.load(this.queries, this.messages);
		List<UnitImportRow> checked = rows.stream().map((row) -> new UnitImportRow(row, lookups)).toList();
		rejectDuplicateCodes(checked);
		checkPredecessors(checked, lookups);
		List<ImportError> errors = checked.stream()
			.flatMap((row) -> row.errors().stream())
			.sorted(Comparator.comparingInt(ImportError::row)
				.thenComparingInt((error) -> error.cell().length())
				.thenComparing(ImportError::cell))
			.toList();
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
		return checked.stream().map(UnitImportRow::line).toList();
	}

	void template(OutputStream out) {
		XlsxSheet.template("Đơn vị", HEADERS, EXAMPLES, out);
	}

	private static void rejectDuplicateCodes(List<UnitImportRow> rows) {
		Map<String, Integer> firstRow = new HashMap<>();
		for (UnitImportRow row : rows) {
			Integer first = row.code().isEmpty() ? null : firstRow.putIfAbsent(row.code(), row.number());
			if (first != null) {
				row.reject(CODE, "import.duplicate-in-file", Integer.toString(first));
			}
		}
	}

	/**
	 * A predecessor must be stored or come from a row above; its last day is the one the
	 * file gives it, if any, since the file is applied before the lineage.
	 */
	private static void checkPredecessors(List<UnitImportRow> rows, UnitImportLookups lookups) {
		Map<String, @Nullable LocalDate> ends = new HashMap<>();
		lookups.units().forEach((code, unit) -> ends.put(code, unit.validTo()));
		rows.forEach((row) -> ends.put(row.code(), row.validTo()));
		Set<String> known = new HashSet<>(lookups.units().keySet());
		for (UnitImportRow row : rows) {
			row.checkPredecessors(known, ends::get);
			known.add(row.code());
		}
	}

	/**
	 * A checked row: the unit to create or update and, when the lineage cell is filled,
	 * the predecessors that replace the stored ones.
	 *
	 * @param row the sheet row, to name cells of errors found while applying
	 * @param form the unit's values
	 * @param existingId the stored unit with this code, or null for a new one
	 * @param predecessors null when the lineage cell is empty and lineage stays as it is
	 */
	record Line(XlsxRow row, UnitForm form, @Nullable Long existingId, @Nullable List<Link> predecessors) {

		ImportRejectedException rejected(String header, String messageKey, Object... arguments) {
			return new ImportRejectedException(List.of(this.row.error(header, messageKey, arguments)));
		}

	}

	/** A predecessor named by code, which may be a unit created by the same file. */
	record Link(String code, LineageRelation relation, LocalDate effective) {
	}

}
