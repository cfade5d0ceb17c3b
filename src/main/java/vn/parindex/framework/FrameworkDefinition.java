package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A whole framework as plain data: what files hold, what validation checks, and what
 * clone and diff compare. The nodes are in display order, parents before their children.
 */
public record FrameworkDefinition(FrameworkHeader header, FrameworkSettings settings, List<Band> bands,
		List<NodeDefinition> nodes) {

	public FrameworkDefinition {
		bands = List.copyOf(bands);
		nodes = List.copyOf(nodes);
	}

	/**
	 * A new framework with no nodes yet, the standard settings and the default bands:
	 * Xuất sắc ≥90, Tốt 80–<90, Khá 70–<80, Trung bình 50–<70, Yếu <50.
	 */
	public static FrameworkDefinition empty(FrameworkHeader header) {
		List<Band> bands = List.of(new Band("XUAT_SAC", "Xuất sắc", "Excellent", new BigDecimal("90"), true),
				new Band("TOT", "Tốt", "Good", new BigDecimal("80"), true),
				new Band("KHA", "Khá", "Fair", new BigDecimal("70"), true),
				new Band("TRUNG_BINH", "Trung bình", "Average", new BigDecimal("50"), true),
				new Band("YEU", "Yếu", "Weak", BigDecimal.ZERO, true));
		return new FrameworkDefinition(header, FrameworkSettings.standard(), bands, List.of());
	}

	public Optional<NodeDefinition> node(String code) {
		return this.nodes.stream().filter((node) -> node.code().equals(code)).findFirst();
	}

	public List<NodeDefinition> children(@Nullable String parentCode) {
		return this.nodes.stream().filter((node) -> Objects.equals(node.parentCode(), parentCode)).toList();
	}

	public boolean isLeaf(String code) {
		return this.nodes.stream().noneMatch((node) -> code.equals(node.parentCode()));
	}

	public List<NodeDefinition> leaves() {
		return this.nodes.stream().filter((node) -> isLeaf(node.code())).toList();
	}

	/** The sum of the fields inside the scale: what the scored part adds up to. */
	public BigDecimal scoredTotal() {
		return children(null).stream()
			.filter((field) -> !field.outsideScale() && field.maxPoints() != null)
			.map(NodeDefinition::maxPoints)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public FrameworkDefinition withHeader(FrameworkHeader newHeader) {
		return new FrameworkDefinition(newHeader, this.settings, this.bands, this.nodes);
	}

	public FrameworkDefinition withSettings(FrameworkSettings newSettings, List<Band> newBands) {
		return new FrameworkDefinition(this.header, newSettings, newBands, this.nodes);
	}

	public FrameworkDefinition withNodes(List<NodeDefinition> newNodes) {
		return new FrameworkDefinition(this.header, this.settings, this.bands, newNodes);
	}

	/**
	 * The framework with the node {@code code} replaced; a new code renames the node's
	 * descendants too (1.2 → 1.4 makes 1.2.1 into 1.4.1).
	 */
	public FrameworkDefinition withNodeReplaced(String code, NodeDefinition replacement) {
		String newCode = replacement.code();
		List<NodeDefinition> result = new ArrayList<>();
		for (NodeDefinition node : this.nodes) {
			if (node.code().equals(code)) {
				result.add(replacement);
			}
			else if (!newCode.equals(code) && node.code().startsWith(code + ".")) {
				result.add(node.renamed(newCode + node.code().substring(code.length()),
						newCode + Objects.requireNonNull(node.parentCode()).substring(code.length())));
			}
			else {
				result.add(node);
			}
		}
		return withNodes(result);
	}

	/** The framework with {@code node} added as the last child of its parent. */
	public FrameworkDefinition withNodeAdded(NodeDefinition node) {
		List<NodeDefinition> result = new ArrayList<>(this.nodes);
		int index = result.size();
		String parent = node.parentCode();
		if (parent != null) {
			for (int i = 0; i < result.size(); i++) {
				String code = result.get(i).code();
				if (code.equals(parent) || code.startsWith(parent + ".")) {
					index = i + 1;
				}
			}
		}
		result.add(index, node);
		return withNodes(result);
	}

	/** The framework without the node {@code code} and its descendants. */
	public FrameworkDefinition withoutNode(String code) {
		return withNodes(this.nodes.stream()
			.filter((node) -> !node.code().equals(code) && !node.code().startsWith(code + "."))
			.toList());
	}

	/** A code for a new child of {@code parentCode}: the next free number. */
	public String nextChildCode(@Nullable String parentCode) {
		int next = 1;
		String prefix = (parentCode != null) ? parentCode + "." : "";
		while (node(prefix + next).isPresent()) {
			next++;
		}
		return prefix + next;
	}

}
