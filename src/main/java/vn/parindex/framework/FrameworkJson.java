package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitType;

/**
 * A framework as the API returns it: what the screens show, with the tree nested.
 *
 * @param id its id
 * @param year the evaluated year
 * @param unitTypes the unit types it scores
 * @param versionNo its version within the year and unit types
 * @param nameVi the Vietnamese title
 * @param nameEn the English title
 * @param illustrative whether it is demo content
 * @param status draft or in use
 * @param lockedReason the period using it
 * @param clonedFromId the framework it was cloned from
 * @param createdAt when it was created
 * @param valid whether validation finds no fault
 * @param settings the settings
 * @param bands the classification bands
 * @param issues the validation faults
 * @param tree the fields, each with its criteria and sub-criteria
 */
record FrameworkJson(long id, int year, List<UnitType> unitTypes, int versionNo, String nameVi, @Nullable String nameEn,
		boolean illustrative, FrameworkStatus status, @Nullable String lockedReason, @Nullable Long clonedFromId,
		Instant createdAt, boolean valid, FrameworkSettings settings, List<Band> bands, List<Issue> issues,
		List<Node> tree) {

	static FrameworkJson of(FrameworkView view, Function<ValidationIssue, String> messages) {
		FrameworkDefinition definition = view.definition();
		FrameworkHeader header = definition.header();
		FrameworkRow row = view.row();
		return new FrameworkJson(row.id(), header.year(), header.unitTypes(), row.versionNo(), header.nameVi(),
				header.nameEn(), header.illustrative(), row.status(), row.lockedReason(), row.clonedFromId(),
				row.createdAt(), view.valid(), definition.settings(), definition.bands(),
				view.issues()
					.stream()
					.map((issue) -> new Issue(issue.nodeCode(), issue.messageKey(), issue.arguments(),
							messages.apply(issue)))
					.toList(),
				nodes(definition, null));
	}

	private static List<Node> nodes(FrameworkDefinition definition, @Nullable String parent) {
		return definition.children(parent)
			.stream()
			.map((node) -> Node.of(node, nodes(definition, node.code())))
			.toList();
	}

	/**
	 * A validation fault.
	 *
	 * @param code the node's code; empty for the settings
	 * @param messageKey the reason's key
	 * @param arguments the reason's arguments
	 * @param message the reason in the request's language
	 */
	record Issue(String code, String messageKey, List<Object> arguments, String message) {
	}

	/**
	 * A node with its children; leaves carry the source, rule type and parameters.
	 */
	record Node(String code, String name, @Nullable String nameEn, @Nullable String guidance,
			@Nullable BigDecimal maxPoints, boolean outsideScale, @Nullable String appraisingUnitCode,
			@Nullable Source source, @Nullable String ruleType, @Nullable Map<String, Object> params,
			boolean evidenceRequired, boolean naAllowed, @Nullable String naCondition, List<UnitType> appliesTo,
			@Nullable String dataFeed, List<Node> children) {

		static Node of(NodeDefinition node, List<Node> children) {
			return new Node(node.code(), node.nameVi(), node.nameEn(), node.guidance(), node.maxPoints(),
					node.outsideScale(), node.appraisingUnitCode(), node.source(),
					(node.rule() != null) ? node.rule().type().name() : null,
					(node.rule() != null) ? node.rule().params() : null, node.evidenceRequired(), node.naAllowed(),
					node.naCondition(), node.appliesTo(), node.dataFeed(), children);
		}

	}

}
