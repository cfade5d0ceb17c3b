package vn.parindex.organisation;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One lineage edge, held by the successor: "this unit succeeds {@code predecessorId}".
 */
@Embeddable
class Predecessor {

	private long predecessorId;

	@Enumerated(EnumType.STRING)
	private LineageRelation relation;

	private LocalDate effective;

	private boolean inferred;

	protected Predecessor() {
		this.relation = LineageRelation.MERGED_INTO;
		this.effective = LocalDate.EPOCH;
	}

	Predecessor(long predecessorId, LineageRelation relation, LocalDate effective, boolean inferred) {
		this.predecessorId = predecessorId;
		this.relation = relation;
		this.effective = effective;
		this.inferred = inferred;
	}

	long predecessorId() {
		return this.predecessorId;
	}

	LineageLink toLink() {
		return new LineageLink(this.predecessorId, this.relation, this.effective, this.inferred);
	}

}
