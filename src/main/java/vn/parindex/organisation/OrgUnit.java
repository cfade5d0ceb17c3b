package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * An evaluated unit (sở, UBND huyện, UBND xã…) with its validity and the units it
 * succeeds.
 */
@Entity
@Table(name = "organisation_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "type_code")
	private UnitType type;

	private long peerGroupId;

	private long provinceId;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	@ElementCollection
	@CollectionTable(name = "organisation_unit_predecessor", joinColumns = @JoinColumn(name = "unit_id"))
	private Set<Predecessor> predecessors = new HashSet<>();

	@Version
	private long version;

	protected OrgUnit() {
		this.code = "";
		this.name = "";
		this.shortName = "";
		this.type = UnitType.DEPARTMENT;
	}

	OrgUnit(String code, UnitDetails details) {
		this.code = code.trim();
		apply(details);
	}

	void update(UnitDetails details) {
		apply(details);
	}

	private void apply(UnitDetails details) {
		Validity.check(details.validFrom(), details.validTo());
		this.name = details.name().trim();
		this.shortName = details.shortName().trim();
		this.type = details.type();
		this.peerGroupId = details.peerGroupId();
		this.provinceId = details.provinceId();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	/**
	 * Replaces the units this one succeeds. A unit cannot succeed itself, and a
	 * predecessor must have ended before the successor began.
	 */
	void succeed(List<LineageLink> links, java.util.Map<Long, OrgUnit> predecessorsById) {
		Set<Predecessor> replacement = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		for (LineageLink link : links) {
			if (link.predecessorId() == id()) {
				throw new BusinessRuleException("organisation.lineage.self");
			}
			if (!seen.add(link.predecessorId())) {
				throw new BusinessRuleException("organisation.lineage.duplicate");
			}
			OrgUnit predecessor = predecessorsById.get(link.predecessorId());
			if (predecessor == null) {
				throw new BusinessRuleException("organisation.lineage.unknown", link.predecessorId());
			}
			if (!endedBefore(predecessor.validTo, link.effective())) {
				throw new BusinessRuleException("organisation.lineage.predecessor-still-valid", predecessor.code);
			}
			replacement.add(new Predecessor(link.predecessorId(), link.relation(), link.effective(), link.inferred()));
		}
		this.predecessors.clear();
		this.predecessors.addAll(replacement);
	}

	/**
	 * A predecessor must have ended before its successor took over: a unit without an end
	 * date still exists and cannot be succeeded.
	 */
	static boolean endedBefore(@Nullable LocalDate validTo, LocalDate effective) {
		return validTo != null && validTo.isBefore(effective);
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("unit not saved yet");
		}
		return this.id;
	}

	String code() {
		return this.code;
	}

	long version() {
		return this.version;
	}

	List<LineageLink> lineage() {
		List<LineageLink> links = new ArrayList<>();
		this.predecessors.forEach((predecessor) -> links.add(predecessor.toLink()));
		links.sort(java.util.Comparator.comparingLong(LineageLink::predecessorId));
		return links;
	}

	/** The state the audit log records as old and new value. */
	UnitSnapshot snapshot() {
		return new UnitSnapshot(this.code, this.name, this.shortName, this.type, this.peerGroupId, this.provinceId,
				this.validFrom, this.validTo, lineage());
	}

}
