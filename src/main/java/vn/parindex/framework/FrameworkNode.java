package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * A node of a framework as stored: part of the {@link Framework} aggregate, changed only
 * through it.
 */
@Entity
@Table(name = "framework_node")
class FrameworkNode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int position;

	private String code;

	private @Nullable String parentCode;

	private String nameVi;

	private @Nullable String nameEn;

	private @Nullable String guidance;

	private @Nullable BigDecimal maxPoints;

	private boolean outsideScale;

	private @Nullable String appraisingUnitCode;

	@Enumerated(EnumType.STRING)
	private @Nullable Source source;

	private @Nullable String ruleType;

	@Column(name = "rule_params")
	private @Nullable String ruleParams;

	private boolean evidenceRequired;

	private boolean naAllowed;

	private @Nullable String naCondition;

	private String appliesTo = "";

	private @Nullable String dataFeed;

	protected FrameworkNode() {
		this.code = "";
		this.nameVi = "";
	}

	FrameworkNode(NodeDefinition definition, int position) {
		this.code = definition.code();
		this.nameVi = definition.nameVi();
		update(definition, position);
	}

	String code() {
		return this.code;
	}

	void update(NodeDefinition definition, int newPosition) {
		this.position = newPosition;
		this.code = definition.code();
		this.parentCode = definition.parentCode();
		this.nameVi = definition.nameVi();
		this.nameEn = definition.nameEn();
		this.guidance = definition.guidance();
		this.maxPoints = definition.maxPoints();
		this.outsideScale = definition.outsideScale();
		this.appraisingUnitCode = definition.appraisingUnitCode();
		this.source = definition.source();
		this.ruleType = (definition.rule() != null) ? definition.rule().type().name() : null;
		this.ruleParams = RuleColumns.params(definition.rule());
		this.evidenceRequired = definition.evidenceRequired();
		this.naAllowed = definition.naAllowed();
		this.naCondition = definition.naCondition();
		this.appliesTo = String.join(",", definition.appliesTo().stream().map(Enum::name).toList());
		this.dataFeed = definition.dataFeed();
	}

	NodeDefinition definition() {
		List<UnitType> types = this.appliesTo.isBlank() ? List.of()
				: Arrays.stream(this.appliesTo.split(",")).map(UnitType::valueOf).toList();
		return new NodeDefinition(this.code, this.parentCode, this.nameVi, this.nameEn, this.guidance, this.maxPoints,
				this.outsideScale, this.appraisingUnitCode, this.source,
				RuleColumns.rule(this.ruleType, this.ruleParams), this.evidenceRequired, this.naAllowed,
				this.naCondition, types, this.dataFeed);
	}

	int position() {
		return this.position;
	}

}
