package vn.parindex.framework.cycle;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation periods as JSON, read-only, for every signed-in user.
 */
@RestController
@RequestMapping("/api/v1/periods")
@Tag(name = "Periods",
		description = "Evaluation periods (kỳ đánh giá): frameworks per peer group, phase calendar, evaluated units")
class PeriodsApiController {

	private final CycleManagement cycles;

	PeriodsApiController(CycleManagement cycles) {
		this.cycles = cycles;
	}

	@GetMapping
	@Operation(summary = "List periods",
			description = "Every period, newest year first, with its frameworks, the phase running now and the "
					+ "next deadline.")
	List<CycleRow> list() {
		return this.cycles.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one period",
			description = "Frameworks per peer group, the six phases as ISO instants, the unit count and extensions. "
					+ "ADMIN and VIEWER also get the evaluated units; other roles learn only whether their unit is "
					+ "evaluated and see only its extensions. Unknown id: 404.")
	CycleView period(@Parameter(description = "the period's id") @PathVariable long id) {
		return this.cycles.view(id);
	}

}
