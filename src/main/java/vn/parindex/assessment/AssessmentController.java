package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * The self-assessment pages: the list of assessments, opening one, and the workspace.
 */
@Controller
class AssessmentController {

	private final AssessmentManagement assessments;

	private final CycleManagement cycles;

	private final CurrentActor actor;

	private final ObjectProvider<PriorRemediation> prior;

	AssessmentController(AssessmentManagement assessments, CycleManagement cycles, CurrentActor actor,
			ObjectProvider<PriorRemediation> prior) {
		this.assessments = assessments;
		this.cycles = cycles;
		this.actor = actor;
		this.prior = prior;
	}

	/** Unit roles: their unit's periods. Others: the units of a period. */
	@GetMapping("/assessments")
	String list(@RequestParam(required = false) @Nullable Long cycle, Model model) {
		if (this.actor.get().hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)) {
			model.addAttribute("rows", this.assessments.mine());
			return "assessment/mine";
		}
		List<CycleRow> periods = this.cycles.list();
		model.addAttribute("periods", periods);
		Long chosen = (cycle != null) ? cycle : AssessmentPages.latestRunning(periods);
		model.addAttribute("cycle", chosen);
		model.addAttribute("rows", (chosen != null) ? this.assessments.ofCycle(chosen) : List.of());
		return "assessment/units";
	}

	@PostMapping("/assessments/start")
	String start(@RequestParam long cycle) {
		return "redirect:/assessments/" + this.assessments.start(cycle);
	}

	@GetMapping("/assessments/{id}")
	String workspace(@PathVariable long id, @RequestParam(required = false) @Nullable String filter, Model model) {
		Workspace workspace = this.assessments.workspace(id);
		Workspace.Filter chosen = Workspace.Filter.of(filter);
		model.addAttribute("ws", workspace);
		model.addAttribute("filter", chosen);
		model.addAttribute("filters", Workspace.Filter.values());
		model.addAttribute("nodes", workspace.visible(chosen));
		model.addAttribute("prior", prior(workspace.header()));
		return "assessment/workspace";
	}

	/**
	 * Last year's remediation items by leaf, read fresh for every page (never cached with
	 * the workspace); none when no module provides them.
	 */
	private Map<String, PriorItem> prior(Workspace.Header header) {
		PriorRemediation source = this.prior.getIfAvailable();
		return (source != null) ? source.forUnit(header.unitId(), header.year()) : Map.of();
	}

	/** One leaf's card as stored, e.g. after a conflict. */
	@GetMapping("/assessments/{id}/entries/{code}")
	String leaf(@PathVariable long id, @PathVariable String code, Model model) {
		Workspace workspace = this.assessments.workspace(id);
		model.addAttribute("ws", workspace);
		model.addAttribute("node", AssessmentPages.node(workspace, code));
		return "assessment/partials/leaf :: leaf";
	}

}
