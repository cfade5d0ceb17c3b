package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.shared.BusinessRuleException;

/**
 * What the unit entered for one leaf: the inputs its rule needs, the self-score the
 * server computed from them, the explanation and an N/A claim. Each leaf is saved on its
 * own, so two people on different leaves never collide; on the same leaf the version
 * decides.
 */
@Entity
@Table(name = "assessment_entry")
class AssessmentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long assessmentId;

	private String nodeCode;

	private @Nullable Boolean met;

	private @Nullable BigDecimal numerator;

	private @Nullable BigDecimal denominator;

	@Column(name = "value_input")
	private @Nullable BigDecimal value;

	@Column(name = "count_input")
	private @Nullable Integer count;

	@Column(name = "points_input")
	private @Nullable BigDecimal points;

	private @Nullable String events;

	private @Nullable BigDecimal selfPoints;

	private @Nullable String explanation;

	private boolean naClaimed;

	private @Nullable String naReason;

	private boolean explanationRequested;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected AssessmentEntry() {
		this.nodeCode = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	AssessmentEntry(long assessmentId, String nodeCode, String by, Instant now) {
		this.assessmentId = assessmentId;
		this.nodeCode = nodeCode;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/**
	 * Records what was typed for the leaf and computes its self-score: none while an
	 * input is missing or N/A is claimed.
	 * @throws StaleVersionException when someone saved the leaf after the form was loaded
	 */
	void record(EntryInput input, NodeDefinition leaf, long formVersion, String by, Instant now) {
		if (formVersion != this.version) {
			throw new EntryConflictException(this.nodeCode, this.updatedBy, this.updatedAt);
		}
		if (input.naClaimed() && !leaf.naAllowed()) {
			throw new BusinessRuleException("assessment.entry.na-not-allowed", this.nodeCode);
		}
		if (input.naClaimed() && input.naReason() == null) {
			throw new BusinessRuleException("assessment.entry.na-reason-required", this.nodeCode);
		}
		RuleInput rule = SelfScores.used(leaf, input.rule());
		BigDecimal computed = input.naClaimed() ? null : SelfScores.points(leaf, rule);
		this.met = rule.met();
		this.numerator = rule.numerator();
		this.denominator = rule.denominator();
		this.value = rule.value();
		this.count = rule.count();
		this.points = rule.points();
		this.events = EntryInput.eventsText(rule.events());
		this.selfPoints = computed;
		this.explanation = input.explanation();
		this.naClaimed = input.naClaimed();
		this.naReason = input.naClaimed() ? input.naReason() : null;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** What is stored, as the form and the audit log show it. */
	EntryInput input() {
		Map<String, Integer> parsed = EntryInput.parseEvents(this.events);
		return new EntryInput(new RuleInput(this.met, this.numerator, this.denominator, this.value, this.count,
				this.points, parsed, null), this.explanation, this.naClaimed, this.naReason);
	}

	/** As the read side shows it; call after a flush so the version is the stored one. */
	EntryRow row() {
		return new EntryRow(this.nodeCode, input(), this.selfPoints, this.version, this.updatedAt, this.updatedBy);
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long assessmentId() {
		return this.assessmentId;
	}

	String nodeCode() {
		return this.nodeCode;
	}

	/** Marks the leaf as one the council asked the unit to explain. */
	void requestExplanation() {
		this.explanationRequested = true;
	}

	boolean explanationRequested() {
		return this.explanationRequested;
	}

	boolean naClaimed() {
		return this.naClaimed;
	}

	@Nullable BigDecimal selfPoints() {
		return this.selfPoints;
	}

	long version() {
		return this.version;
	}

}
