package vn.parindex.framework.cycle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The periods as every signed-in user reads them: the list, and one period's frameworks
 * (printable), calendar and the reader's own extensions. The admin screens are under
 * {@code /admin/periods}.
 */
@Controller
class PeriodPagesController {

	private final CycleManagement cycles;

	PeriodPagesController(CycleManagement cycles) {
		this.cycles = cycles;
	}

	@GetMapping("/periods")
	String list(Model model) {
		model.addAttribute("periods", this.cycles.list());
		return "framework/cycle/list";
	}

	@GetMapping("/periods/{id}")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("period", this.cycles.view(id));
		return "framework/cycle/view";
	}

}
