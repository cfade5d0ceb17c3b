package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.parindex.scoring.Gaps;
import vn.parindex.scoring.Simulation;

/**
 * Gap analysis and the simulator over HTTP, with the page's access rules; a refused point
 * answers 422 ProblemDetail naming the leaf.
 */
@RestController
class GapApiController {

	private final GapAnalysis gaps;

	GapApiController(GapAnalysis gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/api/v1/publications/{publication}/units/{unit}/gaps")
	@Operation(
			summary = "What it would take a unit to reach the next band or pass the unit above, from published results")
	Gaps gaps(@PathVariable long publication, @PathVariable long unit) {
		return this.gaps.gaps(publication, unit);
	}

	@PostMapping("/api/v1/publications/{publication}/units/{unit}/simulations")
	@Operation(summary = "Recompute a unit's published result and rank with hypothetical leaf points; nothing is saved")
	Simulation simulate(@PathVariable long publication, @PathVariable long unit,
			@RequestBody SimulationRequest request) {
		Map<String, BigDecimal> points = (request.points() != null) ? request.points() : Map.of();
		return this.gaps.simulate(publication, unit, points);
	}

	/**
	 * The hypothetical points.
	 *
	 * @param points leaf code to points, such as {@code {"1.1.2": 2}}
	 */
	record SimulationRequest(@Nullable Map<String, BigDecimal> points) {
	}

}
