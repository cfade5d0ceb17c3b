package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import static vn.parindex.organisation.UnitImport.PREDECESSORS;

/**
 * The lineage cell of an import row: predecessor codes separated by {@code ;}, each
 * {@code CODE} or {@code CODE:RELATION}, effective from the row's first day. It applies
 * the rules of {@link OrgUnit#succeed} before anything is written, so they are reported
 * by cell.
 */
final class UnitImportLineage {

	private final UnitImportRow row;

	private final UnitImportLookups lookups;

	private final Set<String> known;

	private final Function<String, @Nullable LocalDate> endOf;

	private final Set<String> seen = new HashSet<>();

	/**
	 * @param row the row, which collects the errors
	 * @param known codes stored or given by a row above
	 * @param endOf the last day of a known unit, null when it has none
	 */
	UnitImportLineage(UnitImportRow row, UnitImportLookups lookups, Set<String> known,
			Function<String, @Nullable LocalDate> endOf) {
		this.row = row;
		this.lookups = lookups;
		this.known = known;
		this.endOf = endOf;
	}

	/** The good links of the cell; each bad one is reported on the row. */
	List<UnitImport.Link> links(String cell, @Nullable LocalDate effective) {
		List<UnitImport.Link> links = new ArrayList<>();
		for (String part : cell.split(";")) {
			if (!part.isBlank()) {
				link(part, effective).ifPresent(links::add);
			}
		}
		return links;
	}

	private Optional<UnitImport.Link> link(String part, @Nullable LocalDate effective) {
		int colon = part.lastIndexOf(':');
		String predecessor = ((colon < 0) ? part : part.substring(0, colon)).trim();
		String relationText = (colon < 0) ? "" : part.substring(colon + 1).trim();
		Optional<LineageRelation> relation = relationText.isEmpty() ? Optional.of(LineageRelation.MERGED_INTO)
				: this.lookups.relation(relationText);
		if (relation.isEmpty()) {
			this.row.reject(PREDECESSORS, "organisation.import.relation-unknown", relationText,
					UnitImportLookups.relationCodes());
			return Optional.empty();
		}
		String problem = problem(predecessor, effective);
		if (problem != null) {
			this.row.reject(PREDECESSORS, problem, predecessor);
			return Optional.empty();
		}
		return (effective != null) ? Optional.of(new UnitImport.Link(predecessor, relation.get(), effective))
				: Optional.empty();
	}

	private @Nullable String problem(String predecessor, @Nullable LocalDate effective) {
		if (predecessor.equals(this.row.code())) {
			return "organisation.lineage.self";
		}
		if (!this.known.contains(predecessor)) {
			return "organisation.import.predecessor-unknown";
		}
		if (!this.seen.add(predecessor)) {
			return "organisation.import.predecessor-duplicate";
		}
		LocalDate end = this.endOf.apply(predecessor);
		if (effective != null && !OrgUnit.endedBefore(end, effective)) {
			return "organisation.lineage.predecessor-still-valid";
		}
		return null;
	}

}
