package vn.parindex.framework;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A framework for every signed-in user: units read the framework they are scored with as
 * a printable document.
 */
@Controller
class FrameworkPrintController {

	private final FrameworkPage page;

	FrameworkPrintController(FrameworkPage page) {
		this.page = page;
	}

	/** ADMIN edits the framework; every other role reads the printable view. */
	@GetMapping("/frameworks/{id}")
	String show(@PathVariable long id, HttpServletRequest request) {
		return request.isUserInRole("ADMIN") ? "redirect:/admin/frameworks/" + id
				: "redirect:/frameworks/" + id + "/print";
	}

	@GetMapping("/frameworks/{id}/print")
	String print(@PathVariable long id, Model model) {
		this.page.print(id, model);
		return "framework/print";
	}

}
