package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a framework, node by node, matched by code.
 *
 * @param changes the nodes added, removed or changed, in the newer version's order
 * @param settingsChanged whether the settings or bands differ
 */
public record FrameworkDiff(List<Change> changes, boolean settingsChanged) {

	public FrameworkDiff {
		changes = List.copyOf(changes);
	}

	/** The kinds of node change. */
	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * One node's change.
	 *
	 * @param code the node's code
	 * @param name its name (in the newer version when it exists there)
	 * @param kind added, removed or changed
	 * @param maxBefore its max points before, null when added
	 * @param maxAfter its max points after, null when removed
	 * @param attributes the attributes that differ, such as {@code rule} or {@code name}
	 */
	public record Change(String code, String name, Kind kind, @Nullable BigDecimal maxBefore,
			@Nullable BigDecimal maxAfter, List<String> attributes) {

		/** The change in max points, or null when it did not move. */
		public @Nullable BigDecimal maxMoved() {
			BigDecimal before = (this.maxBefore != null) ? this.maxBefore : BigDecimal.ZERO;
			BigDecimal after = (this.maxAfter != null) ? this.maxAfter : BigDecimal.ZERO;
			BigDecimal delta = after.subtract(before);
			return (delta.signum() != 0) ? delta : null;
		}

	}

	/** The nodes whose max points moved. */
	public List<Change> maxMoves() {
		return this.changes.stream().filter((change) -> change.maxMoved() != null).toList();
	}

	public long count(Kind kind) {
		return this.changes.stream().filter((change) -> change.kind() == kind).count();
	}

	static FrameworkDiff between(FrameworkDefinition older, FrameworkDefinition newer) {
		List<Change> changes = new ArrayList<>();
		for (NodeDefinition node : newer.nodes()) {
			Optional<NodeDefinition> before = older.node(node.code());
			if (before.isEmpty()) {
				changes.add(new Change(node.code(), node.nameVi(), Kind.ADDED, null, node.maxPoints(), List.of()));
				continue;
			}
			List<String> attributes = attributes(before.get(), node);
			if (!attributes.isEmpty()) {
				changes.add(new Change(node.code(), node.nameVi(), Kind.CHANGED, before.get().maxPoints(),
						node.maxPoints(), attributes));
			}
		}
		for (NodeDefinition node : older.nodes()) {
			if (newer.node(node.code()).isEmpty()) {
				changes.add(new Change(node.code(), node.nameVi(), Kind.REMOVED, node.maxPoints(), null, List.of()));
			}
		}
		boolean settings = !older.settings().equals(newer.settings()) || !older.bands().equals(newer.bands());
		return new FrameworkDiff(changes, settings);
	}

	private static List<String> attributes(NodeDefinition a, NodeDefinition b) {
		List<String> attributes = new ArrayList<>();
		compare(attributes, "name", a.nameVi(), b.nameVi());
		compare(attributes, "max", a.maxPoints(), b.maxPoints());
		compare(attributes, "parent", a.parentCode(), b.parentCode());
		compare(attributes, "guidance", a.guidance(), b.guidance());
		compare(attributes, "source", a.source(), b.source());
		compare(attributes, "rule", a.rule(), b.rule());
		compare(attributes, "evidence", a.evidenceRequired(), b.evidenceRequired());
		compare(attributes, "na", a.naAllowed(), b.naAllowed());
		compare(attributes, "appraising-unit", a.appraisingUnitCode(), b.appraisingUnitCode());
		compare(attributes, "applies-to", a.appliesTo(), b.appliesTo());
		return attributes;
	}

	private static void compare(List<String> attributes, String name, @Nullable Object a, @Nullable Object b) {
		if (!Objects.equals(a, b)) {
			attributes.add(name);
		}
	}

}
