package vn.parindex.framework;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * The framework list, the tree editor page, cloning into another year and a new version
 * of a framework in use (ADMIN).
 */
@Controller
class FrameworkController {

	private final FrameworkManagement frameworks;

	private final FrameworkPage page;

	FrameworkController(FrameworkManagement frameworks, FrameworkPage page) {
		this.frameworks = frameworks;
		this.page = page;
	}

	@GetMapping("/admin/frameworks")
	String list(@RequestParam(required = false) @Nullable String year, Model model) {
		java.util.Set<Long> valid = this.frameworks.validIds();
		FrameworkListing listing = FrameworkListing.of(this.frameworks.list(null), FrameworkListing.year(year),
				valid::contains);
		model.addAttribute("listing", listing);
		return "framework/list";
	}

	@GetMapping("/admin/frameworks/{id}")
	String editor(@PathVariable long id, Model model) {
		return this.page.editor(id, model);
	}

	@PostMapping("/admin/frameworks/{id}/clone")
	String copy(@PathVariable long id, @RequestParam(required = false) @Nullable String year, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Integer target = FrameworkListing.year(year);
			long copy = this.frameworks.copy(id, (target != null) ? target : 0);
			redirect.addFlashAttribute("message", "framework.cloned");
			redirect.addFlashAttribute("messageArg", String.valueOf(target));
			return "redirect:/admin/frameworks/" + copy;
		}
		catch (AccessRefusedException | NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("cloneError", ex.messageKey());
			model.addAttribute("cloneId", id);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(null, model);
		}
	}

	@PostMapping("/admin/frameworks/{id}/new-version")
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		long copy = this.frameworks.copy(id, this.frameworks.summary(id).year());
		redirect.addFlashAttribute("message", "framework.new-version.done");
		redirect.addFlashAttribute("messageArg", this.frameworks.summary(copy).versionNo());
		return "redirect:/admin/frameworks/" + copy;
	}

}
