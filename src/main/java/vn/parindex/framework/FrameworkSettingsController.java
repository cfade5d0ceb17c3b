package vn.parindex.framework;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.StaleVersionException;

/**
 * The settings and bands of a draft (ADMIN). A typo re-renders the editor with the reason
 * and HTTP 422; a form loaded before someone else saved overwrites nothing.
 */
@Controller
class FrameworkSettingsController {

	private final FrameworkManagement frameworks;

	private final FrameworkPage page;

	FrameworkSettingsController(FrameworkManagement frameworks, FrameworkPage page) {
		this.frameworks = frameworks;
		this.page = page;
	}

	@PostMapping("/admin/frameworks/{id}/settings")
	String save(@PathVariable long id, @ModelAttribute("settings") SettingsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FrameworkSettings settings = form.settings(errors);
		List<Band> bands = form.bandList(errors);
		if (settings != null && bands != null) {
			try {
				boolean saved = NodeEdits.attempt(errors, () -> this.frameworks.updateSettings(id, form.version(),
						String.valueOf(FormText.text(form.nameVi())), FormText.text(form.nameEn()), settings, bands));
				if (saved) {
					redirect.addFlashAttribute("message", "common.saved");
					return "redirect:/admin/frameworks/" + id + "#framework-settings";
				}
			}
			catch (StaleVersionException ex) {
				errors.reject(ex.messageKey());
				response.setStatus(HttpStatus.CONFLICT.value());
				return this.page.editor(id, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.page.editor(id, model);
	}

}
