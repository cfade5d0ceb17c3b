package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Num;
import vn.parindex.framework.rule.Rule;
import vn.parindex.organisation.UnitType;

/**
 * One node of a criteria tree: a field, a criterion or a sub-criterion. Leaves carry a
 * source and a rule; inner nodes do not.
 *
 * @param code the dotted code, such as {@code 1.1.2}
 * @param parentCode the parent's code; null for a field
 * @param nameVi the Vietnamese name
 * @param nameEn the English name, if any
 * @param guidance scoring guidance (hướng dẫn chấm điểm)
 * @param maxPoints the maximum points; null only for bonus and penalty nodes
 * @param outsideScale whether the node lies outside the 100 (bonus and penalty)
 * @param appraisingUnitCode the unit whose appraisers handle this node, if set
 * @param source where a leaf's points come from; null for inner nodes
 * @param rule how a leaf is scored; null for inner nodes
 * @param evidenceRequired whether a leaf needs evidence documents
 * @param naAllowed whether a unit may claim the leaf does not apply, with a reason
 * @param naCondition when the leaf may be claimed not to apply
 * @param appliesTo the unit types the leaf applies to; empty means all
 * @param dataFeed the system its value can be imported from, such as {@code qd766}
 */
public record NodeDefinition(String code, @Nullable String parentCode, String nameVi, @Nullable String nameEn,
		@Nullable String guidance, @Nullable BigDecimal maxPoints, boolean outsideScale,
		@Nullable String appraisingUnitCode, @Nullable Source source, @Nullable Rule rule, boolean evidenceRequired,
		boolean naAllowed, @Nullable String naCondition, List<UnitType> appliesTo, @Nullable String dataFeed) {

	public NodeDefinition {
		maxPoints = (maxPoints != null) ? Num.points(maxPoints) : null;
		appliesTo = List.copyOf(appliesTo);
	}

	/** The level: 1 for a field, 2 for a criterion, and so on. */
	public int level() {
		return this.code.split("\\.").length;
	}

	public NodeDefinition withMaxPoints(@Nullable BigDecimal newMax) {
		return new NodeDefinition(this.code, this.parentCode, this.nameVi, this.nameEn, this.guidance, newMax,
				this.outsideScale, this.appraisingUnitCode, this.source, this.rule, this.evidenceRequired,
				this.naAllowed, this.naCondition, this.appliesTo, this.dataFeed);
	}

	NodeDefinition renamed(String newCode, @Nullable String newParentCode) {
		return new NodeDefinition(newCode, newParentCode, this.nameVi, this.nameEn, this.guidance, this.maxPoints,
				this.outsideScale, this.appraisingUnitCode, this.source, this.rule, this.evidenceRequired,
				this.naAllowed, this.naCondition, this.appliesTo, this.dataFeed);
	}

	/** Whether it is scored by a rule: a leaf with a source. */
	public boolean scored() {
		return this.rule != null;
	}

}
