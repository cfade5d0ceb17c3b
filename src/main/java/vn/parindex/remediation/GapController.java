package vn.parindex.remediation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.scoring.SimulationRejectedException;

/**
 * Gap analysis pages: what it would take a unit to climb, the simulator (htmx fragment,
 * or the whole page without JavaScript), and the province's leaves with the most points
 * lost.
 */
@Controller
class GapController {

	private static final String UNIT_VIEW = "remediation/gap-unit";

	private final GapAnalysis gaps;

	GapController(GapAnalysis gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/remediation/gaps")
	String index(@RequestParam(required = false) @Nullable Long publication,
			@RequestParam(required = false) @Nullable Long unit, Model model) {
		if (publication != null && unit != null) {
			return "redirect:/remediation/gaps/" + publication + "/units/" + unit;
		}
		model.addAttribute("publications", this.gaps.publications());
		model.addAttribute("ownUnit", this.gaps.ownUnit());
		model.addAttribute("selected", publication);
		model.addAttribute("units", (publication != null) ? this.gaps.units(publication) : List.of());
		return "remediation/gaps";
	}

	@GetMapping("/remediation/gaps/{publicationId}/units/{unitId}")
	String unit(@PathVariable long publicationId, @PathVariable long unitId, Model model) {
		model.addAttribute("gaps", this.gaps.gaps(publicationId, unitId));
		model.addAttribute("values", Map.of());
		return UNIT_VIEW;
	}

	@PostMapping("/remediation/gaps/{publicationId}/units/{unitId}/simulate")
	String simulate(@PathVariable long publicationId, @PathVariable long unitId, @RequestParam Map<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		simulation(publicationId, unitId, form, model, response);
		if (htmx != null) {
			return UNIT_VIEW + " :: result";
		}
		model.addAttribute("gaps", this.gaps.gaps(publicationId, unitId));
		model.addAttribute("values", GapForm.values(form));
		return UNIT_VIEW;
	}

	@GetMapping("/remediation/gaps/{publicationId}/province")
	String province(@PathVariable long publicationId, Model model) {
		model.addAttribute("publication", this.gaps.publication(publicationId));
		model.addAttribute("losses", this.gaps.province(publicationId));
		return "remediation/gap-province";
	}

	private void simulation(long publicationId, long unitId, Map<String, String> form, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("simulation", this.gaps.simulate(publicationId, unitId, GapForm.points(form)));
		}
		catch (SimulationRejectedException ex) {
			model.addAttribute("rejection", ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

}
