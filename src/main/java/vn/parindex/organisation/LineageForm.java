package vn.parindex.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;

/**
 * The lineage editor: the current predecessors plus one row to add. Rows without a
 * predecessor code are ignored, so the empty add row does no harm. Cells are text, so a
 * typo comes back as a message next to what the user typed.
 *
 * @param links the rows as shown, the add row last
 */
record LineageForm(@Nullable @Valid List<Row> links) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	static LineageForm of(UnitView view) {
		List<Row> rows = new ArrayList<>();
		view.predecessors()
			.forEach((link) -> rows
				.add(new Row(link.code(), link.relation().name(), Formats.date(link.effective()), link.inferred())));
		rows.add(new Row("", LineageRelation.MERGED_INTO.name(), "", false));
		return new LineageForm(rows);
	}

	/** The stored links of a unit but the one from {@code predecessorCode}. */
	static List<LineageLink> without(UnitView view, String predecessorCode) {
		return view.predecessors()
			.stream()
			.filter((link) -> !link.code().equals(predecessorCode.trim()))
			.map((link) -> new LineageLink(link.unitId(), link.relation(), link.effective(), link.inferred()))
			.toList();
	}

	/**
	 * The links to store, without empty rows.
	 * @param units finds a unit by code, expired ones included
	 * @param successorStart the first day of the unit being edited
	 */
	List<LineageLink> toLinks(Function<String, Optional<UnitRow>> units, @Nullable LocalDate successorStart) {
		List<Row> rows = (this.links != null) ? this.links : List.of();
		return rows.stream().filter((row) -> !row.isEmpty()).map((row) -> row.toLink(units, successorStart)).toList();
	}

	/**
	 * One predecessor row.
	 *
	 * @param predecessor the predecessor's unit code
	 * @param relation a {@link LineageRelation} name
	 * @param effective the first day of the relation, dd/MM/yyyy; empty for the default
	 * @param inferred true when the link comes from names, not from a legal text; an
	 * unticked box sends nothing
	 */
	record Row(@Nullable @Size(max = 32) String predecessor, @Nullable String relation,
			@Nullable @Size(max = 10) String effective, @Nullable Boolean inferred) {

		boolean isEmpty() {
			return this.predecessor == null || this.predecessor.isBlank();
		}

		LineageLink toLink(Function<String, Optional<UnitRow>> units, @Nullable LocalDate successorStart) {
			String code = (this.predecessor != null) ? this.predecessor.trim() : "";
			UnitRow unit = units.apply(code)
				.orElseThrow(() -> new BusinessRuleException("organisation.lineage.code-unknown", code));
			LineageRelation kind = relation(code);
			LocalDate first = (this.effective != null && !this.effective.isBlank()) ? date(code)
					: (unit.validTo() != null) ? unit.validTo().plusDays(1) : successorStart;
			if (first == null) {
				throw new BusinessRuleException("organisation.lineage.effective-required", code);
			}
			return new LineageLink(unit.id(), kind, first, Boolean.TRUE.equals(this.inferred));
		}

		private LineageRelation relation(String code) {
			try {
				return (this.relation == null || this.relation.isBlank()) ? LineageRelation.MERGED_INTO
						: LineageRelation.valueOf(this.relation);
			}
			catch (IllegalArgumentException ex) {
				throw new BusinessRuleException("organisation.lineage.relation-unknown", code);
			}
		}

		/**
		 * Typed dates may drop leading zeros; 31/02 is an error, not 28/02.
		 */
		private LocalDate date(String code) {
			try {
				return LocalDate.parse(String.valueOf(this.effective).trim(), DATE);
			}
			catch (DateTimeParseException ex) {
				throw new BusinessRuleException("organisation.lineage.bad-date", code);
			}
		}

	}

}
