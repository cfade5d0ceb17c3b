package vn.parindex.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The unit list and a unit's page: under {@code /admin} with the editors, under
 * {@code /units} read-only for provincial leaders.
 */
@Controller
class UnitController {

	private final OrganisationManagement organisation;

	private final UnitPage page;

	UnitController(OrganisationManagement organisation, UnitPage page) {
		this.organisation = organisation;
		this.page = page;
	}

	@GetMapping("/admin/units")
	String adminList(@ModelAttribute("filter") UnitFilter filter, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return list(errors.hasErrors() ? null : filter, true, model, request, response);
	}

	@GetMapping("/units")
	String list(@ModelAttribute("filter") UnitFilter filter, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return list(errors.hasErrors() ? null : filter, false, model, request, response);
	}

	@GetMapping("/admin/units/{id}")
	String adminUnit(@PathVariable long id, Model model) {
		return this.page.show(id, true, model);
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, Model model) {
		return this.page.show(id, false, model);
	}

	@GetMapping("/my-unit")
	String myUnit(Model model) {
		return this.page.showOwn(model);
	}

	/**
	 * htmx swaps only the results; a history restore needs the whole page, and caches
	 * must keep both answers apart.
	 */
	private String list(@Nullable UnitFilter filter, boolean admin, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		// A malformed filter (a year typed as text) lists everything and says so.
		model.addAttribute("filterInvalid", filter == null);
		model.addAttribute("filter", (filter != null) ? filter : UnitFilter.all());
		model.addAttribute("admin", admin);
		model.addAttribute("tree", UnitTree.of(this.organisation.find((filter != null) ? filter : UnitFilter.all())));
		model.addAttribute("types", UnitType.values());
		model.addAttribute("groups", this.organisation.peerGroups());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		boolean fragment = request.getHeader("HX-Request") != null
				&& request.getHeader("HX-History-Restore-Request") == null;
		return fragment ? "organisation/units :: results" : "organisation/units";
	}

}
