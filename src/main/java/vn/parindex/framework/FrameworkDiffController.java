package vn.parindex.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed between a framework and another version (ADMIN): counts, the moved maximum
 * points and every changed node.
 */
@Controller
class FrameworkDiffController {

	private final FrameworkManagement frameworks;

	FrameworkDiffController(FrameworkManagement frameworks) {
		this.frameworks = frameworks;
	}

	/** {@code with} is the other (older) version; without it the page offers a choice. */
	@GetMapping("/admin/frameworks/{id}/diff")
	String diff(@PathVariable long id, @RequestParam(name = "with", required = false) @Nullable Long other,
			Model model) {
		FrameworkView view = this.frameworks.view(id);
		model.addAttribute("view", view);
		model.addAttribute("others",
				this.frameworks.list(null)
					.stream()
					.filter((row) -> row.unitTypes().equals(view.row().unitTypes()) && row.id() != id)
					.toList());
		if (other != null) {
			model.addAttribute("other", this.frameworks.view(other).row());
			FrameworkDiff diff = this.frameworks.diff(other, id);
			model.addAttribute("diff", diff);
			Map<String, Long> counts = new LinkedHashMap<>();
			for (FrameworkDiff.Kind kind : FrameworkDiff.Kind.values()) {
				counts.put(kind.name(), diff.count(kind));
			}
			model.addAttribute("counts", counts);
		}
		return "framework/diff";
	}

}
