package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A node as the tree editor and the printable view show it.
 *
 * @param node the node
 * @param leaf whether it has no children
 * @param ruleSummary its rule in words, such as "≥ 100: 2 · 80–<100: 1 · còn lại: 0"
 * @param issues its own validation faults
 * @param childrenSum the sum of its children's max points; null for a leaf
 * @param children its children, in order
 */
record TreeNode(NodeDefinition node, boolean leaf, String ruleSummary, List<ValidationIssue> issues,
		@Nullable BigDecimal childrenSum, List<TreeNode> children) {

	/** The fields of a framework, each with its subtree. */
	static List<TreeNode> of(FrameworkView view, Function<NodeDefinition, String> summaries) {
		return children(view, null, summaries);
	}

	/** Every node in display order, without children, for the printable table. */
	static List<TreeNode> flat(FrameworkView view, Function<NodeDefinition, String> summaries) {
		List<TreeNode> flat = new ArrayList<>();
		for (NodeDefinition node : view.definition().nodes()) {
			flat.add(node(view, node, summaries, List.of()));
		}
		return flat;
	}

	private static List<TreeNode> children(FrameworkView view, @Nullable String parent,
			Function<NodeDefinition, String> summaries) {
		return view.definition()
			.children(parent)
			.stream()
			.map((node) -> node(view, node, summaries, children(view, node.code(), summaries)))
			.toList();
	}

	private static TreeNode node(FrameworkView view, NodeDefinition node, Function<NodeDefinition, String> summaries,
			List<TreeNode> children) {
		boolean leaf = view.definition().isLeaf(node.code());
		BigDecimal sum = leaf ? null
				: view.definition()
					.children(node.code())
					.stream()
					.map(NodeDefinition::maxPoints)
					.filter(Objects::nonNull)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new TreeNode(node, leaf, summaries.apply(node), view.issuesOf(node.code()), sum, children);
	}

	public String code() {
		return this.node.code();
	}

	/**
	 * The element id of the node, which validation links point to: {@code node-1.1.2}.
	 */
	public String anchor() {
		return "node-" + this.node.code();
	}

	/** A part of element ids without dots, safe in CSS selectors: {@code 1_1_2}. */
	public String key() {
		return key(this.node.code());
	}

	static String key(@Nullable String code) {
		return (code != null) ? code.replaceAll("[^A-Za-z0-9]", "_") : "root";
	}

}
