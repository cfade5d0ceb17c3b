package vn.parindex.appraisal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's appraisal dashboard of a period, narrowed by peer group with a plain GET
 * form.
 */
@Controller
class DashboardController {

	private final AppraisalDashboard dashboard;

	DashboardController(AppraisalDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin/appraisal-dashboard")
	String view(@RequestParam(name = "cycle", required = false) @Nullable Long cycle,
			@RequestParam(name = "group", required = false) @Nullable Long group, Model model) {
		model.addAttribute("dashboard", this.dashboard.view(cycle, group));
		return "appraisal/dashboard";
	}

}
