package vn.parindex.framework;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.parindex.shared.NotFoundException;

/**
 * The small pieces the tree editor swaps in (ADMIN): a node's row when an edit is
 * cancelled, and the parameter fields of another rule type.
 */
@Controller
class NodeFragmentsController {

	private final FrameworkManagement frameworks;

	private final FrameworkPage page;

	NodeFragmentsController(FrameworkManagement frameworks, FrameworkPage page) {
		this.frameworks = frameworks;
		this.page = page;
	}

	/** A node's row as stored, in place of its form. */
	@GetMapping("/admin/frameworks/{id}/nodes/{code}/row")
	String row(@PathVariable long id, @PathVariable String code, Model model) {
		FrameworkView view = this.frameworks.view(id);
		NodeDefinition node = view.definition()
			.node(code)
			.orElseThrow(() -> new NotFoundException("framework-node", code));
		TreeNode item = TreeNode.flat(view, this.page::summary)
			.stream()
			.filter((candidate) -> candidate.node().equals(node))
			.findFirst()
			.orElseThrow();
		model.addAttribute("view", view);
		model.addAttribute("item", item);
		return "framework/partials/tree :: row";
	}

	/** Cancelling a new node's form: htmx removes it. */
	@GetMapping("/admin/frameworks/{id}/nodes/new/cancel")
	@ResponseBody
	String cancelNew(@PathVariable long id) {
		return "";
	}

	/** The blank parameter fields of {@code ruleType} for the form {@code key}. */
	@GetMapping("/admin/frameworks/{id}/rule-fields")
	String ruleFields(@PathVariable long id, @RequestParam(required = false) @Nullable String ruleType,
			@RequestParam(defaultValue = "form") String key, Model model) {
		this.frameworks.view(id);
		model.addAttribute("steps", RuleForm.STEPS);
		model.addAttribute("type", (ruleType != null) ? ruleType.toUpperCase(Locale.ROOT) : null);
		model.addAttribute("rf", RuleForm.blank());
		model.addAttribute("key", key.replaceAll("[^A-Za-z0-9_-]", "_"));
		return "framework/partials/rule-fields :: fields";
	}

}
