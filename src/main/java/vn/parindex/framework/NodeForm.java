package vn.parindex.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * The inline form of a node. Cells are text, so a typo comes back next to what the user
 * typed; the leaf fields are read only for leaves.
 *
 * @param code the dotted code; may change (children follow)
 * @param parentCode the parent's code; fixed, sent by the form of a new node
 * @param nameVi the Vietnamese name
 * @param nameEn the English name
 * @param guidance scoring guidance
 * @param maxPoints the maximum points, {@code 6,5} or {@code 6.5}
 * @param outsideScale whether the node lies outside the scale (bonus, penalty)
 * @param appraisingUnitCode the code of the department that appraises the node
 * @param source a {@link Source} name; leaves only
 * @param ruleType a rule type name; blank for a node that will have children
 * @param evidenceRequired whether evidence documents are needed
 * @param naAllowed whether a unit may claim "not applicable"
 * @param naCondition when "not applicable" may be claimed
 * @param appliesTo the unit types the leaf applies to; none means all
 * @param dataFeed the system the value can be imported from
 * @param rule the rule's parameters
 * @param version the framework's version when the form was loaded
 */
record NodeForm(@Nullable String code, @Nullable String parentCode, @Nullable String nameVi, @Nullable String nameEn,
		@Nullable String guidance, @Nullable String maxPoints, @Nullable Boolean outsideScale,
		@Nullable String appraisingUnitCode, @Nullable String source, @Nullable String ruleType,
		@Nullable Boolean evidenceRequired, @Nullable Boolean naAllowed, @Nullable String naCondition,
		@Nullable List<UnitType> appliesTo, @Nullable String dataFeed, @Nullable RuleForm rule, long version) {

	static NodeForm of(NodeDefinition node, long version) {
		return new NodeForm(node.code(), node.parentCode(), node.nameVi(), node.nameEn(), node.guidance(),
				FormText.show(node.maxPoints()), node.outsideScale(), node.appraisingUnitCode(),
				(node.source() != null) ? node.source().name() : null,
				(node.rule() != null) ? node.rule().type().name() : null, node.evidenceRequired(), node.naAllowed(),
				node.naCondition(), node.appliesTo(), node.dataFeed(), RuleForm.of(node.rule()), version);
	}

	/**
	 * A new leaf under {@code parentCode}, scored by self-assessment, done or not done.
	 */
	static NodeForm blank(String code, @Nullable String parentCode, boolean outsideScale, long version) {
		return new NodeForm(code, parentCode, "", null, null, null, outsideScale, null, Source.SELF_ASSESSMENT.name(),
				"BINARY", true, false, null, List.of(), null, RuleForm.blank(), version);
	}

	/** The rule fields to show: as typed, or blank. */
	public RuleForm ruleFields() {
		return (this.rule != null) ? this.rule : RuleForm.blank();
	}

	public boolean applies(UnitType type) {
		return this.appliesTo != null && this.appliesTo.contains(type);
	}

}
